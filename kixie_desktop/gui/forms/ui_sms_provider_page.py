# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sms_provider_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SmsProviderPage(object):
    def setupUi(self, SmsProviderPage):
        if not SmsProviderPage.objectName():
            SmsProviderPage.setObjectName(u"SmsProviderPage")
        self.sms_page_layout = QVBoxLayout(SmsProviderPage)
        self.sms_page_layout.setObjectName(u"sms_page_layout")
        self.sms_page_layout.setContentsMargins(0, 0, 0, 0)
        self.sms_scroll = QScrollArea(SmsProviderPage)
        self.sms_scroll.setObjectName(u"sms_scroll")
        self.sms_scroll.setWidgetResizable(True)
        self.sms_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sms_contents = QWidget()
        self.sms_contents.setObjectName(u"sms_contents")
        self.sms_layout = QVBoxLayout(self.sms_contents)
        self.sms_layout.setObjectName(u"sms_layout")
        self.sms_layout.setContentsMargins(0, 0, 0, 0)
        self.sms_hint = QLabel(self.sms_contents)
        self.sms_hint.setObjectName(u"sms_hint")
        self.sms_hint.setWordWrap(True)

        self.sms_layout.addWidget(self.sms_hint)

        self.sip_radio = QRadioButton(self.sms_contents)
        self.sip_radio.setObjectName(u"sip_radio")

        self.sms_layout.addWidget(self.sip_radio)

        self.http_radio = QRadioButton(self.sms_contents)
        self.http_radio.setObjectName(u"http_radio")

        self.sms_layout.addWidget(self.http_radio)

        self.http_group = QGroupBox(self.sms_contents)
        self.http_group.setObjectName(u"http_group")
        self.http_layout = QVBoxLayout(self.http_group)
        self.http_layout.setObjectName(u"http_layout")
        self.http_form = QFormLayout()
        self.http_form.setObjectName(u"http_form")
        self.account_id_label = QLabel(self.http_group)
        self.account_id_label.setObjectName(u"account_id_label")

        self.http_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.account_id_label)

        self.account_id_box = QVBoxLayout()
        self.account_id_box.setObjectName(u"account_id_box")
        self.account_id_edit = QLineEdit(self.http_group)
        self.account_id_edit.setObjectName(u"account_id_edit")

        self.account_id_box.addWidget(self.account_id_edit)

        self.account_id_error = QLabel(self.http_group)
        self.account_id_error.setObjectName(u"account_id_error")
        self.account_id_error.setWordWrap(True)
        self.account_id_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.account_id_box.addWidget(self.account_id_error)


        self.http_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.account_id_box)

        self.from_number_label = QLabel(self.http_group)
        self.from_number_label.setObjectName(u"from_number_label")

        self.http_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.from_number_label)

        self.from_number_box = QVBoxLayout()
        self.from_number_box.setObjectName(u"from_number_box")
        self.from_number_edit = QLineEdit(self.http_group)
        self.from_number_edit.setObjectName(u"from_number_edit")

        self.from_number_box.addWidget(self.from_number_edit)

        self.from_number_error = QLabel(self.http_group)
        self.from_number_error.setObjectName(u"from_number_error")
        self.from_number_error.setWordWrap(True)
        self.from_number_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.from_number_box.addWidget(self.from_number_error)


        self.http_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.from_number_box)

        self.token_label = QLabel(self.http_group)
        self.token_label.setObjectName(u"token_label")

        self.http_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.token_label)

        self.token_box = QVBoxLayout()
        self.token_box.setObjectName(u"token_box")
        self.token_edit = QLineEdit(self.http_group)
        self.token_edit.setObjectName(u"token_edit")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.token_box.addWidget(self.token_edit)

        self.token_error = QLabel(self.http_group)
        self.token_error.setObjectName(u"token_error")
        self.token_error.setWordWrap(True)
        self.token_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.token_box.addWidget(self.token_error)


        self.http_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.token_box)

        self.base_url_label = QLabel(self.http_group)
        self.base_url_label.setObjectName(u"base_url_label")

        self.http_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.base_url_label)

        self.base_url_box = QVBoxLayout()
        self.base_url_box.setObjectName(u"base_url_box")
        self.base_url_edit = QLineEdit(self.http_group)
        self.base_url_edit.setObjectName(u"base_url_edit")

        self.base_url_box.addWidget(self.base_url_edit)

        self.base_url_error = QLabel(self.http_group)
        self.base_url_error.setObjectName(u"base_url_error")
        self.base_url_error.setWordWrap(True)
        self.base_url_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.base_url_box.addWidget(self.base_url_error)


        self.http_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.base_url_box)


        self.http_layout.addLayout(self.http_form)


        self.sms_layout.addWidget(self.http_group)

        self.save_row = QHBoxLayout()
        self.save_row.setObjectName(u"save_row")
        self.save_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_row.addItem(self.save_row_spacer)

        self.save_button = QPushButton(self.sms_contents)
        self.save_button.setObjectName(u"save_button")

        self.save_row.addWidget(self.save_button)


        self.sms_layout.addLayout(self.save_row)

        self.restart_note = QLabel(self.sms_contents)
        self.restart_note.setObjectName(u"restart_note")
        self.restart_note.setWordWrap(True)

        self.sms_layout.addWidget(self.restart_note)

        self.test_group = QGroupBox(self.sms_contents)
        self.test_group.setObjectName(u"test_group")
        self.test_layout = QVBoxLayout(self.test_group)
        self.test_layout.setObjectName(u"test_layout")
        self.test_hint = QLabel(self.test_group)
        self.test_hint.setObjectName(u"test_hint")
        self.test_hint.setWordWrap(True)

        self.test_layout.addWidget(self.test_hint)

        self.test_form = QFormLayout()
        self.test_form.setObjectName(u"test_form")
        self.test_to_label = QLabel(self.test_group)
        self.test_to_label.setObjectName(u"test_to_label")

        self.test_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.test_to_label)

        self.test_to_box = QVBoxLayout()
        self.test_to_box.setObjectName(u"test_to_box")
        self.test_to_edit = QLineEdit(self.test_group)
        self.test_to_edit.setObjectName(u"test_to_edit")

        self.test_to_box.addWidget(self.test_to_edit)

        self.test_to_error = QLabel(self.test_group)
        self.test_to_error.setObjectName(u"test_to_error")
        self.test_to_error.setWordWrap(True)
        self.test_to_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.test_to_box.addWidget(self.test_to_error)


        self.test_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.test_to_box)


        self.test_layout.addLayout(self.test_form)

        self.test_row = QHBoxLayout()
        self.test_row.setObjectName(u"test_row")
        self.send_test_button = QPushButton(self.test_group)
        self.send_test_button.setObjectName(u"send_test_button")

        self.test_row.addWidget(self.send_test_button)

        self.test_result = QLabel(self.test_group)
        self.test_result.setObjectName(u"test_result")
        self.test_result.setWordWrap(True)

        self.test_row.addWidget(self.test_result)

        self.test_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.test_row.addItem(self.test_row_spacer)


        self.test_layout.addLayout(self.test_row)


        self.sms_layout.addWidget(self.test_group)

        self.sms_message = QLabel(self.sms_contents)
        self.sms_message.setObjectName(u"sms_message")
        self.sms_message.setWordWrap(True)

        self.sms_layout.addWidget(self.sms_message)

        self.sms_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sms_layout.addItem(self.sms_bottom_spacer)

        self.sms_scroll.setWidget(self.sms_contents)

        self.sms_page_layout.addWidget(self.sms_scroll)

#if QT_CONFIG(shortcut)
        self.account_id_label.setBuddy(self.account_id_edit)
        self.from_number_label.setBuddy(self.from_number_edit)
        self.token_label.setBuddy(self.token_edit)
        self.base_url_label.setBuddy(self.base_url_edit)
        self.test_to_label.setBuddy(self.test_to_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SmsProviderPage)

        QMetaObject.connectSlotsByName(SmsProviderPage)
    # setupUi

    def retranslateUi(self, SmsProviderPage):
        self.sms_hint.setText(QCoreApplication.translate("SmsProviderPage", u"How the texts of every cadence leave this computer's engine.", None))
        self.sip_radio.setText(QCoreApplication.translate("SmsProviderPage", u"As SIP MESSAGE over the phone account (the demo line when there is none)", None))
        self.http_radio.setText(QCoreApplication.translate("SmsProviderPage", u"Through an SMS provider with the Twilio Messages API", None))
        self.http_group.setTitle(QCoreApplication.translate("SmsProviderPage", u"SMS Provider", None))
        self.account_id_label.setText(QCoreApplication.translate("SmsProviderPage", u"Account id", None))
        self.account_id_edit.setPlaceholderText(QCoreApplication.translate("SmsProviderPage", u"e.g. AC0123\u2026", None))
#if QT_CONFIG(tooltip)
        self.account_id_edit.setToolTip(QCoreApplication.translate("SmsProviderPage", u"The provider's account id (Twilio: the Account SID)", None))
#endif // QT_CONFIG(tooltip)
        self.from_number_label.setText(QCoreApplication.translate("SmsProviderPage", u"Texts come from", None))
        self.from_number_edit.setPlaceholderText(QCoreApplication.translate("SmsProviderPage", u"e.g. +1 415 555 0100", None))
#if QT_CONFIG(tooltip)
        self.from_number_edit.setToolTip(QCoreApplication.translate("SmsProviderPage", u"The number texts come from when a cadence has no sender of its own", None))
#endif // QT_CONFIG(tooltip)
        self.token_label.setText(QCoreApplication.translate("SmsProviderPage", u"Auth token", None))
        self.base_url_label.setText(QCoreApplication.translate("SmsProviderPage", u"Provider address", None))
        self.base_url_edit.setPlaceholderText(QCoreApplication.translate("SmsProviderPage", u"leave empty for Twilio", None))
#if QT_CONFIG(tooltip)
        self.base_url_edit.setToolTip(QCoreApplication.translate("SmsProviderPage", u"Only for a provider other than Twilio that speaks the same API", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("SmsProviderPage", u"Save", None))
        self.restart_note.setText(QCoreApplication.translate("SmsProviderPage", u"The engine sends through a new choice from the next time Kixie Desktop starts.", None))
        self.test_group.setTitle(QCoreApplication.translate("SmsProviderPage", u"Test SMS", None))
        self.test_hint.setText(QCoreApplication.translate("SmsProviderPage", u"Sends one text through the provider as saved, so you can see it arrive.", None))
        self.test_to_label.setText(QCoreApplication.translate("SmsProviderPage", u"Send to", None))
        self.test_to_edit.setPlaceholderText(QCoreApplication.translate("SmsProviderPage", u"e.g. your own mobile", None))
        self.send_test_button.setText(QCoreApplication.translate("SmsProviderPage", u"Send Test SMS", None))
        self.test_result.setText("")
        self.sms_message.setText("")
        pass
    # retranslateUi

