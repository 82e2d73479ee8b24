# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pause_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PauseDialog(object):
    def setupUi(self, PauseDialog):
        if not PauseDialog.objectName():
            PauseDialog.setObjectName(u"PauseDialog")
        PauseDialog.setMinimumSize(QSize(440, 0))
        self.main_layout = QVBoxLayout(PauseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PauseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.until_row = QHBoxLayout()
        self.until_row.setObjectName(u"until_row")
        self.until_radio = QRadioButton(PauseDialog)
        self.until_radio.setObjectName(u"until_radio")
        self.until_radio.setChecked(True)

        self.until_row.addWidget(self.until_radio)

        self.until_edit = QDateTimeEdit(PauseDialog)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setCalendarPopup(True)

        self.until_row.addWidget(self.until_edit)

        self.until_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.until_row.addItem(self.until_spacer)


        self.main_layout.addLayout(self.until_row)

        self.zone_label = QLabel(PauseDialog)
        self.zone_label.setObjectName(u"zone_label")
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_label.setWordWrap(True)

        self.main_layout.addWidget(self.zone_label)

        self.forever_radio = QRadioButton(PauseDialog)
        self.forever_radio.setObjectName(u"forever_radio")

        self.main_layout.addWidget(self.forever_radio)

        self.error_label = QLabel(PauseDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PauseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(PauseDialog)

        QMetaObject.connectSlotsByName(PauseDialog)
    # setupUi

    def retranslateUi(self, PauseDialog):
        PauseDialog.setWindowTitle(QCoreApplication.translate("PauseDialog", u"Pause lead", None))
        self.until_radio.setText(QCoreApplication.translate("PauseDialog", u"Until", None))
        self.until_edit.setDisplayFormat(QCoreApplication.translate("PauseDialog", u"ddd MMM d yyyy, HH:mm", None))
        self.forever_radio.setText(QCoreApplication.translate("PauseDialog", u"Until someone resumes it", None))
        self.error_label.setStyleSheet(QCoreApplication.translate("PauseDialog", u"color: #b00020;", None))
    # retranslateUi

