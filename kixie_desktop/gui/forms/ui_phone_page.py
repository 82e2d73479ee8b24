# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phone_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PhonePage(object):
    def setupUi(self, PhonePage):
        if not PhonePage.objectName():
            PhonePage.setObjectName(u"PhonePage")
        self.phone_page_layout = QVBoxLayout(PhonePage)
        self.phone_page_layout.setObjectName(u"phone_page_layout")
        self.phone_page_layout.setContentsMargins(0, 0, 0, 0)
        self.phone_scroll = QScrollArea(PhonePage)
        self.phone_scroll.setObjectName(u"phone_scroll")
        self.phone_scroll.setWidgetResizable(True)
        self.phone_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.phone_contents = QWidget()
        self.phone_contents.setObjectName(u"phone_contents")
        self.phone_layout = QVBoxLayout(self.phone_contents)
        self.phone_layout.setObjectName(u"phone_layout")
        self.phone_layout.setContentsMargins(0, 0, 0, 0)
        self.phone_hint = QLabel(self.phone_contents)
        self.phone_hint.setObjectName(u"phone_hint")
        self.phone_hint.setWordWrap(True)

        self.phone_layout.addWidget(self.phone_hint)

        self.account_group = QGroupBox(self.phone_contents)
        self.account_group.setObjectName(u"account_group")
        self.account_layout = QVBoxLayout(self.account_group)
        self.account_layout.setObjectName(u"account_layout")
        self.account_status_label = QLabel(self.account_group)
        self.account_status_label.setObjectName(u"account_status_label")
        self.account_status_label.setWordWrap(True)

        self.account_layout.addWidget(self.account_status_label)

        self.account_form = QFormLayout()
        self.account_form.setObjectName(u"account_form")
        self.domain_label = QLabel(self.account_group)
        self.domain_label.setObjectName(u"domain_label")

        self.account_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.domain_label)

        self.domain_box = QVBoxLayout()
        self.domain_box.setObjectName(u"domain_box")
        self.domain_edit = QLineEdit(self.account_group)
        self.domain_edit.setObjectName(u"domain_edit")

        self.domain_box.addWidget(self.domain_edit)

        self.domain_error = QLabel(self.account_group)
        self.domain_error.setObjectName(u"domain_error")
        self.domain_error.setWordWrap(True)
        self.domain_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.domain_box.addWidget(self.domain_error)


        self.account_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.domain_box)

        self.username_label = QLabel(self.account_group)
        self.username_label.setObjectName(u"username_label")

        self.account_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_box = QVBoxLayout()
        self.username_box.setObjectName(u"username_box")
        self.username_edit = QLineEdit(self.account_group)
        self.username_edit.setObjectName(u"username_edit")

        self.username_box.addWidget(self.username_edit)

        self.username_error = QLabel(self.account_group)
        self.username_error.setObjectName(u"username_error")
        self.username_error.setWordWrap(True)
        self.username_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.username_box.addWidget(self.username_error)


        self.account_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.username_box)

        self.password_label = QLabel(self.account_group)
        self.password_label.setObjectName(u"password_label")

        self.account_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_box = QVBoxLayout()
        self.password_box.setObjectName(u"password_box")
        self.password_edit = QLineEdit(self.account_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_box.addWidget(self.password_edit)

        self.password_error = QLabel(self.account_group)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setWordWrap(True)
        self.password_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.password_box.addWidget(self.password_error)


        self.account_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.password_box)

        self.registrar_label = QLabel(self.account_group)
        self.registrar_label.setObjectName(u"registrar_label")

        self.account_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.registrar_label)

        self.registrar_box = QVBoxLayout()
        self.registrar_box.setObjectName(u"registrar_box")
        self.registrar_edit = QLineEdit(self.account_group)
        self.registrar_edit.setObjectName(u"registrar_edit")

        self.registrar_box.addWidget(self.registrar_edit)

        self.registrar_error = QLabel(self.account_group)
        self.registrar_error.setObjectName(u"registrar_error")
        self.registrar_error.setWordWrap(True)
        self.registrar_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.registrar_box.addWidget(self.registrar_error)


        self.account_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.registrar_box)

        self.transport_label = QLabel(self.account_group)
        self.transport_label.setObjectName(u"transport_label")

        self.account_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.transport_label)

        self.transport_combo = QComboBox(self.account_group)
        self.transport_combo.setObjectName(u"transport_combo")

        self.account_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.transport_combo)

        self.srtp_label = QLabel(self.account_group)
        self.srtp_label.setObjectName(u"srtp_label")

        self.account_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.srtp_label)

        self.srtp_combo = QComboBox(self.account_group)
        self.srtp_combo.setObjectName(u"srtp_combo")

        self.account_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.srtp_combo)

        self.caller_id_label = QLabel(self.account_group)
        self.caller_id_label.setObjectName(u"caller_id_label")

        self.account_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.caller_id_label)

        self.caller_id_combo = QComboBox(self.account_group)
        self.caller_id_combo.setObjectName(u"caller_id_combo")

        self.account_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.caller_id_combo)


        self.account_layout.addLayout(self.account_form)

        self.no_password_check = QCheckBox(self.account_group)
        self.no_password_check.setObjectName(u"no_password_check")

        self.account_layout.addWidget(self.no_password_check)

        self.encryption_note = QLabel(self.account_group)
        self.encryption_note.setObjectName(u"encryption_note")
        self.encryption_note.setWordWrap(True)

        self.account_layout.addWidget(self.encryption_note)

        self.account_buttons = QHBoxLayout()
        self.account_buttons.setObjectName(u"account_buttons")
        self.clear_account_button = QPushButton(self.account_group)
        self.clear_account_button.setObjectName(u"clear_account_button")

        self.account_buttons.addWidget(self.clear_account_button)

        self.account_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.account_buttons.addItem(self.account_buttons_spacer)

        self.save_account_button = QPushButton(self.account_group)
        self.save_account_button.setObjectName(u"save_account_button")

        self.account_buttons.addWidget(self.save_account_button)


        self.account_layout.addLayout(self.account_buttons)

        self.account_note = QLabel(self.account_group)
        self.account_note.setObjectName(u"account_note")
        self.account_note.setWordWrap(True)

        self.account_layout.addWidget(self.account_note)


        self.phone_layout.addWidget(self.account_group)

        self.audio_group = QGroupBox(self.phone_contents)
        self.audio_group.setObjectName(u"audio_group")
        self.audio_layout = QVBoxLayout(self.audio_group)
        self.audio_layout.setObjectName(u"audio_layout")
        self.audio_form = QFormLayout()
        self.audio_form.setObjectName(u"audio_form")
        self.microphone_label = QLabel(self.audio_group)
        self.microphone_label.setObjectName(u"microphone_label")

        self.audio_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.microphone_label)

        self.microphone_combo = QComboBox(self.audio_group)
        self.microphone_combo.setObjectName(u"microphone_combo")

        self.audio_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.microphone_combo)

        self.speaker_label = QLabel(self.audio_group)
        self.speaker_label.setObjectName(u"speaker_label")

        self.audio_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.speaker_label)

        self.speaker_combo = QComboBox(self.audio_group)
        self.speaker_combo.setObjectName(u"speaker_combo")

        self.audio_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.speaker_combo)

        self.ring_label = QLabel(self.audio_group)
        self.ring_label.setObjectName(u"ring_label")

        self.audio_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ring_label)

        self.ring_combo = QComboBox(self.audio_group)
        self.ring_combo.setObjectName(u"ring_combo")

        self.audio_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ring_combo)


        self.audio_layout.addLayout(self.audio_form)

        self.audio_error = QLabel(self.audio_group)
        self.audio_error.setObjectName(u"audio_error")
        self.audio_error.setWordWrap(True)
        self.audio_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.audio_layout.addWidget(self.audio_error)

        self.audio_buttons = QHBoxLayout()
        self.audio_buttons.setObjectName(u"audio_buttons")
        self.audio_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.audio_buttons.addItem(self.audio_buttons_spacer)

        self.save_audio_button = QPushButton(self.audio_group)
        self.save_audio_button.setObjectName(u"save_audio_button")

        self.audio_buttons.addWidget(self.save_audio_button)


        self.audio_layout.addLayout(self.audio_buttons)

        self.audio_note = QLabel(self.audio_group)
        self.audio_note.setObjectName(u"audio_note")
        self.audio_note.setWordWrap(True)

        self.audio_layout.addWidget(self.audio_note)


        self.phone_layout.addWidget(self.audio_group)

        self.test_group = QGroupBox(self.phone_contents)
        self.test_group.setObjectName(u"test_group")
        self.test_layout = QVBoxLayout(self.test_group)
        self.test_layout.setObjectName(u"test_layout")
        self.test_call_hint = QLabel(self.test_group)
        self.test_call_hint.setObjectName(u"test_call_hint")
        self.test_call_hint.setWordWrap(True)

        self.test_layout.addWidget(self.test_call_hint)

        self.test_call_row = QHBoxLayout()
        self.test_call_row.setObjectName(u"test_call_row")
        self.test_call_button = QPushButton(self.test_group)
        self.test_call_button.setObjectName(u"test_call_button")

        self.test_call_row.addWidget(self.test_call_button)

        self.test_call_result = QLabel(self.test_group)
        self.test_call_result.setObjectName(u"test_call_result")
        self.test_call_result.setWordWrap(True)

        self.test_call_row.addWidget(self.test_call_result)

        self.test_call_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.test_call_row.addItem(self.test_call_spacer)


        self.test_layout.addLayout(self.test_call_row)


        self.phone_layout.addWidget(self.test_group)

        self.phone_message = QLabel(self.phone_contents)
        self.phone_message.setObjectName(u"phone_message")
        self.phone_message.setWordWrap(True)

        self.phone_layout.addWidget(self.phone_message)

        self.phone_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.phone_layout.addItem(self.phone_bottom_spacer)

        self.phone_scroll.setWidget(self.phone_contents)

        self.phone_page_layout.addWidget(self.phone_scroll)

#if QT_CONFIG(shortcut)
        self.domain_label.setBuddy(self.domain_edit)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.registrar_label.setBuddy(self.registrar_edit)
        self.transport_label.setBuddy(self.transport_combo)
        self.srtp_label.setBuddy(self.srtp_combo)
        self.caller_id_label.setBuddy(self.caller_id_combo)
        self.microphone_label.setBuddy(self.microphone_combo)
        self.speaker_label.setBuddy(self.speaker_combo)
        self.ring_label.setBuddy(self.ring_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PhonePage)

        QMetaObject.connectSlotsByName(PhonePage)
    # setupUi

    def retranslateUi(self, PhonePage):
        self.phone_hint.setText(QCoreApplication.translate("PhonePage", u"How this computer places calls. Everyone who works here uses this phone; with no account, calls and texts go to the built-in demo line.", None))
        self.account_group.setTitle(QCoreApplication.translate("PhonePage", u"Phone Account", None))
        self.account_status_label.setText("")
        self.domain_label.setText(QCoreApplication.translate("PhonePage", u"Domain", None))
        self.domain_edit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"e.g. pbx.example.com", None))
#if QT_CONFIG(tooltip)
        self.domain_edit.setToolTip(QCoreApplication.translate("PhonePage", u"Your phone system's domain: the part of your SIP address after the @", None))
#endif // QT_CONFIG(tooltip)
        self.username_label.setText(QCoreApplication.translate("PhonePage", u"User name", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"e.g. 1001", None))
        self.password_label.setText(QCoreApplication.translate("PhonePage", u"Password", None))
        self.registrar_label.setText(QCoreApplication.translate("PhonePage", u"Registrar", None))
        self.registrar_edit.setPlaceholderText(QCoreApplication.translate("PhonePage", u"none: the phone system does not ask this computer to register", None))
#if QT_CONFIG(tooltip)
        self.registrar_edit.setToolTip(QCoreApplication.translate("PhonePage", u"Where this computer registers, e.g. sip:pbx.example.com (ask whoever runs your phone system)", None))
#endif // QT_CONFIG(tooltip)
        self.transport_label.setText(QCoreApplication.translate("PhonePage", u"Connection", None))
        self.srtp_label.setText(QCoreApplication.translate("PhonePage", u"Encrypted audio", None))
        self.caller_id_label.setText(QCoreApplication.translate("PhonePage", u"Caller ID", None))
#if QT_CONFIG(tooltip)
        self.caller_id_combo.setToolTip(QCoreApplication.translate("PhonePage", u"Where a call carries the number it shows the lead (the account's local-presence number, else the agent's own). Ask whoever runs your phone system which one it reads; a phone system that knows this computer by its From address needs \"P-Asserted-Identity only\" or \"Not sent\".", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.caller_id_combo.setAccessibleName(QCoreApplication.translate("PhonePage", u"Caller ID", None))
#endif // QT_CONFIG(accessibility)
        self.no_password_check.setText(QCoreApplication.translate("PhonePage", u"No password: the phone system lets this computer in by its address", None))
        self.encryption_note.setText("")
        self.clear_account_button.setText(QCoreApplication.translate("PhonePage", u"Forget Account", None))
        self.save_account_button.setText(QCoreApplication.translate("PhonePage", u"Save Account", None))
        self.account_note.setText(QCoreApplication.translate("PhonePage", u"A new or changed account is used from the next time Kixie Desktop starts.", None))
        self.audio_group.setTitle(QCoreApplication.translate("PhonePage", u"Sound", None))
        self.microphone_label.setText(QCoreApplication.translate("PhonePage", u"Microphone", None))
        self.speaker_label.setText(QCoreApplication.translate("PhonePage", u"Speaker or headset", None))
        self.ring_label.setText(QCoreApplication.translate("PhonePage", u"Ring on", None))
        self.save_audio_button.setText(QCoreApplication.translate("PhonePage", u"Use These Devices", None))
        self.audio_note.setText("")
        self.test_group.setTitle(QCoreApplication.translate("PhonePage", u"Test Call", None))
        self.test_call_hint.setText(QCoreApplication.translate("PhonePage", u"Calls the built-in demo line, which answers after one ring; the call hangs up by itself after a few seconds. It uses the sound devices above.", None))
        self.test_call_button.setText(QCoreApplication.translate("PhonePage", u"Make a Test Call", None))
        self.test_call_result.setText("")
        self.phone_message.setText("")
        pass
    # retranslateUi

