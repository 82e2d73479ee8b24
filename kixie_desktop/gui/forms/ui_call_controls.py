# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_controls.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CallControls(object):
    def setupUi(self, CallControls):
        if not CallControls.objectName():
            CallControls.setObjectName(u"CallControls")
        self.controls_layout = QVBoxLayout(CallControls)
        self.controls_layout.setObjectName(u"controls_layout")
        self.party_label = QLabel(CallControls)
        self.party_label.setObjectName(u"party_label")
        self.party_label.setStyleSheet(u"font-weight: bold;")

        self.controls_layout.addWidget(self.party_label)

        self.state_label = QLabel(CallControls)
        self.state_label.setObjectName(u"state_label")

        self.controls_layout.addWidget(self.state_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.hangup_button = QPushButton(CallControls)
        self.hangup_button.setObjectName(u"hangup_button")

        self.buttons_layout.addWidget(self.hangup_button)

        self.mute_button = QPushButton(CallControls)
        self.mute_button.setObjectName(u"mute_button")
        self.mute_button.setCheckable(True)

        self.buttons_layout.addWidget(self.mute_button)

        self.hold_button = QPushButton(CallControls)
        self.hold_button.setObjectName(u"hold_button")
        self.hold_button.setCheckable(True)

        self.buttons_layout.addWidget(self.hold_button)


        self.controls_layout.addLayout(self.buttons_layout)

        self.dialpad_layout = QVBoxLayout()
        self.dialpad_layout.setObjectName(u"dialpad_layout")

        self.controls_layout.addLayout(self.dialpad_layout)

        self.transfer_layout = QHBoxLayout()
        self.transfer_layout.setObjectName(u"transfer_layout")
        self.transfer_edit = QLineEdit(CallControls)
        self.transfer_edit.setObjectName(u"transfer_edit")
        self.transfer_edit.setClearButtonEnabled(True)

        self.transfer_layout.addWidget(self.transfer_edit)

        self.transfer_button = QPushButton(CallControls)
        self.transfer_button.setObjectName(u"transfer_button")

        self.transfer_layout.addWidget(self.transfer_button)


        self.controls_layout.addLayout(self.transfer_layout)


        self.retranslateUi(CallControls)

        QMetaObject.connectSlotsByName(CallControls)
    # setupUi

    def retranslateUi(self, CallControls):
        CallControls.setTitle(QCoreApplication.translate("CallControls", u"Call", None))
        self.party_label.setText("")
        self.state_label.setText(QCoreApplication.translate("CallControls", u"No call", None))
        self.hangup_button.setText(QCoreApplication.translate("CallControls", u"&Hang up", None))
        self.mute_button.setText(QCoreApplication.translate("CallControls", u"&Mute", None))
        self.hold_button.setText(QCoreApplication.translate("CallControls", u"H&old", None))
        self.transfer_edit.setPlaceholderText(QCoreApplication.translate("CallControls", u"Transfer to number or sip: address", None))
        self.transfer_button.setText(QCoreApplication.translate("CallControls", u"&Transfer", None))
    # retranslateUi

