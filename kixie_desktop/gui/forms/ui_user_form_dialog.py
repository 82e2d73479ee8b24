# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_form_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UserFormDialog(object):
    def setupUi(self, UserFormDialog):
        if not UserFormDialog.objectName():
            UserFormDialog.setObjectName(u"UserFormDialog")
        UserFormDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(UserFormDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.first_name_label = QLabel(UserFormDialog)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_box = QVBoxLayout()
        self.first_name_box.setObjectName(u"first_name_box")
        self.first_name_edit = QLineEdit(UserFormDialog)
        self.first_name_edit.setObjectName(u"first_name_edit")

        self.first_name_box.addWidget(self.first_name_edit)

        self.first_name_error = QLabel(UserFormDialog)
        self.first_name_error.setObjectName(u"first_name_error")

        self.first_name_box.addWidget(self.first_name_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.first_name_box)

        self.last_name_label = QLabel(UserFormDialog)
        self.last_name_label.setObjectName(u"last_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name_box = QVBoxLayout()
        self.last_name_box.setObjectName(u"last_name_box")
        self.last_name_edit = QLineEdit(UserFormDialog)
        self.last_name_edit.setObjectName(u"last_name_edit")

        self.last_name_box.addWidget(self.last_name_edit)

        self.last_name_error = QLabel(UserFormDialog)
        self.last_name_error.setObjectName(u"last_name_error")

        self.last_name_box.addWidget(self.last_name_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.last_name_box)

        self.email_label = QLabel(UserFormDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_box = QVBoxLayout()
        self.email_box.setObjectName(u"email_box")
        self.email_edit = QLineEdit(UserFormDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.email_box.addWidget(self.email_edit)

        self.email_error = QLabel(UserFormDialog)
        self.email_error.setObjectName(u"email_error")

        self.email_box.addWidget(self.email_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.email_box)

        self.role_label = QLabel(UserFormDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_box = QVBoxLayout()
        self.role_box.setObjectName(u"role_box")
        self.role_combo = QComboBox(UserFormDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.role_box.addWidget(self.role_combo)

        self.role_error = QLabel(UserFormDialog)
        self.role_error.setObjectName(u"role_error")

        self.role_box.addWidget(self.role_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.role_box)

        self.sip_uri_label = QLabel(UserFormDialog)
        self.sip_uri_label.setObjectName(u"sip_uri_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sip_uri_label)

        self.sip_uri_box = QVBoxLayout()
        self.sip_uri_box.setObjectName(u"sip_uri_box")
        self.sip_uri_edit = QLineEdit(UserFormDialog)
        self.sip_uri_edit.setObjectName(u"sip_uri_edit")

        self.sip_uri_box.addWidget(self.sip_uri_edit)

        self.sip_uri_error = QLabel(UserFormDialog)
        self.sip_uri_error.setObjectName(u"sip_uri_error")

        self.sip_uri_box.addWidget(self.sip_uri_error)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.sip_uri_box)

        self.sender_number_label = QLabel(UserFormDialog)
        self.sender_number_label.setObjectName(u"sender_number_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sender_number_label)

        self.sender_number_box = QVBoxLayout()
        self.sender_number_box.setObjectName(u"sender_number_box")
        self.sender_edit = QLineEdit(UserFormDialog)
        self.sender_edit.setObjectName(u"sender_edit")

        self.sender_number_box.addWidget(self.sender_edit)

        self.sender_number_error = QLabel(UserFormDialog)
        self.sender_number_error.setObjectName(u"sender_number_error")

        self.sender_number_box.addWidget(self.sender_number_error)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.sender_number_box)


        self.main_layout.addLayout(self.form_layout)

        self.form_message = QLabel(UserFormDialog)
        self.form_message.setObjectName(u"form_message")
        self.form_message.setWordWrap(True)

        self.main_layout.addWidget(self.form_message)

        self.button_box = QDialogButtonBox(UserFormDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.last_name_label.setBuddy(self.last_name_edit)
        self.email_label.setBuddy(self.email_edit)
        self.role_label.setBuddy(self.role_combo)
        self.sip_uri_label.setBuddy(self.sip_uri_edit)
        self.sender_number_label.setBuddy(self.sender_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_name_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.sip_uri_edit)
        QWidget.setTabOrder(self.sip_uri_edit, self.sender_edit)

        self.retranslateUi(UserFormDialog)

        QMetaObject.connectSlotsByName(UserFormDialog)
    # setupUi

    def retranslateUi(self, UserFormDialog):
        UserFormDialog.setWindowTitle(QCoreApplication.translate("UserFormDialog", u"User", None))
        self.first_name_label.setText(QCoreApplication.translate("UserFormDialog", u"&First name", None))
        self.first_name_edit.setPlaceholderText(QCoreApplication.translate("UserFormDialog", u"e.g. Alex", None))
        self.last_name_label.setText(QCoreApplication.translate("UserFormDialog", u"&Last name", None))
        self.last_name_edit.setPlaceholderText(QCoreApplication.translate("UserFormDialog", u"e.g. Rivera", None))
        self.email_label.setText(QCoreApplication.translate("UserFormDialog", u"E&mail", None))
        self.email_edit.setPlaceholderText(QCoreApplication.translate("UserFormDialog", u"e.g. alex@acme-solar.com", None))
#if QT_CONFIG(tooltip)
        self.email_edit.setToolTip(QCoreApplication.translate("UserFormDialog", u"They sign in with this address", None))
#endif // QT_CONFIG(tooltip)
        self.role_label.setText(QCoreApplication.translate("UserFormDialog", u"&Role", None))
#if QT_CONFIG(tooltip)
        self.role_combo.setToolTip(QCoreApplication.translate("UserFormDialog", u"Admins and managers change cadences, teams, queues and users; only admins change admins and account settings", None))
#endif // QT_CONFIG(tooltip)
        self.sip_uri_label.setText(QCoreApplication.translate("UserFormDialog", u"&SIP identity", None))
        self.sip_uri_edit.setPlaceholderText(QCoreApplication.translate("UserFormDialog", u"e.g. sip:alex@pbx.acme-solar.com (optional)", None))
#if QT_CONFIG(tooltip)
        self.sip_uri_edit.setToolTip(QCoreApplication.translate("UserFormDialog", u"The address their phone registers as on your phone system", None))
#endif // QT_CONFIG(tooltip)
        self.sender_number_label.setText(QCoreApplication.translate("UserFormDialog", u"Se&nder number", None))
        self.sender_edit.setPlaceholderText(QCoreApplication.translate("UserFormDialog", u"e.g. +1 415 555 0100 (optional)", None))
#if QT_CONFIG(tooltip)
        self.sender_edit.setToolTip(QCoreApplication.translate("UserFormDialog", u"The number their texts and calls come from; empty: the account's default sender", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

