# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'greetings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_GreetingsPage(object):
    def setupUi(self, GreetingsPage):
        if not GreetingsPage.objectName():
            GreetingsPage.setObjectName(u"GreetingsPage")
        self.greetings_page_layout = QVBoxLayout(GreetingsPage)
        self.greetings_page_layout.setObjectName(u"greetings_page_layout")
        self.greetings_page_layout.setContentsMargins(0, 0, 0, 0)
        self.greetings_hint = QLabel(GreetingsPage)
        self.greetings_hint.setObjectName(u"greetings_hint")
        self.greetings_hint.setWordWrap(True)

        self.greetings_page_layout.addWidget(self.greetings_hint)

        self.greetings_list = QListWidget(GreetingsPage)
        self.greetings_list.setObjectName(u"greetings_list")

        self.greetings_page_layout.addWidget(self.greetings_list)

        self.greeting_form = QFormLayout()
        self.greeting_form.setObjectName(u"greeting_form")
        self.name_label = QLabel(GreetingsPage)
        self.name_label.setObjectName(u"name_label")

        self.greeting_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setObjectName(u"name_box")
        self.name_edit = QLineEdit(GreetingsPage)
        self.name_edit.setObjectName(u"name_edit")

        self.name_box.addWidget(self.name_edit)

        self.name_error = QLabel(GreetingsPage)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name_box.addWidget(self.name_error)


        self.greeting_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)


        self.greetings_page_layout.addLayout(self.greeting_form)

        self.greeting_buttons = QHBoxLayout()
        self.greeting_buttons.setObjectName(u"greeting_buttons")
        self.record_button = QPushButton(GreetingsPage)
        self.record_button.setObjectName(u"record_button")

        self.greeting_buttons.addWidget(self.record_button)

        self.discard_button = QPushButton(GreetingsPage)
        self.discard_button.setObjectName(u"discard_button")

        self.greeting_buttons.addWidget(self.discard_button)

        self.import_button = QPushButton(GreetingsPage)
        self.import_button.setObjectName(u"import_button")

        self.greeting_buttons.addWidget(self.import_button)

        self.greeting_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.greeting_buttons.addItem(self.greeting_buttons_spacer)

        self.delete_button = QPushButton(GreetingsPage)
        self.delete_button.setObjectName(u"delete_button")

        self.greeting_buttons.addWidget(self.delete_button)


        self.greetings_page_layout.addLayout(self.greeting_buttons)

        self.record_error = QLabel(GreetingsPage)
        self.record_error.setObjectName(u"record_error")
        self.record_error.setWordWrap(True)
        self.record_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.greetings_page_layout.addWidget(self.record_error)

        self.file_error = QLabel(GreetingsPage)
        self.file_error.setObjectName(u"file_error")
        self.file_error.setWordWrap(True)
        self.file_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.greetings_page_layout.addWidget(self.file_error)

        self.greetings_message = QLabel(GreetingsPage)
        self.greetings_message.setObjectName(u"greetings_message")
        self.greetings_message.setWordWrap(True)

        self.greetings_page_layout.addWidget(self.greetings_message)

        self.greetings_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.greetings_page_layout.addItem(self.greetings_bottom_spacer)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GreetingsPage)

        QMetaObject.connectSlotsByName(GreetingsPage)
    # setupUi

    def retranslateUi(self, GreetingsPage):
        self.greetings_hint.setText(QCoreApplication.translate("GreetingsPage", u"Your voicemail greetings. When a call reaches a voicemail box, Leave Voicemail in PowerCall plays the one you choose into the call and hangs up when it ends, while you take the next call. They are kept on this computer.", None))
#if QT_CONFIG(accessibility)
        self.greetings_list.setAccessibleName(QCoreApplication.translate("GreetingsPage", u"Your greetings", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("GreetingsPage", u"Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("GreetingsPage", u"e.g. First call", None))
#if QT_CONFIG(tooltip)
        self.name_edit.setToolTip(QCoreApplication.translate("GreetingsPage", u"The name of the greeting you record or import next", None))
#endif // QT_CONFIG(tooltip)
        self.record_button.setText(QCoreApplication.translate("GreetingsPage", u"&Record", None))
#if QT_CONFIG(tooltip)
        self.record_button.setToolTip(QCoreApplication.translate("GreetingsPage", u"Record a greeting from your microphone; click again to stop and keep it", None))
#endif // QT_CONFIG(tooltip)
        self.discard_button.setText(QCoreApplication.translate("GreetingsPage", u"Discard", None))
#if QT_CONFIG(tooltip)
        self.discard_button.setToolTip(QCoreApplication.translate("GreetingsPage", u"Stop recording and throw the recording away", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("GreetingsPage", u"&Import WAV\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("GreetingsPage", u"Use a recording you already have (a WAV file)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("GreetingsPage", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("GreetingsPage", u"Delete the selected greeting", None))
#endif // QT_CONFIG(tooltip)
        self.greetings_message.setText("")
        pass
    # retranslateUi

