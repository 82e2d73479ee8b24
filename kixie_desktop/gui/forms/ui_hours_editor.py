# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hours_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_HoursEditor(object):
    def setupUi(self, HoursEditor):
        if not HoursEditor.objectName():
            HoursEditor.setObjectName(u"HoursEditor")
        self.hours_layout = QVBoxLayout(HoursEditor)
        self.hours_layout.setObjectName(u"hours_layout")
        self.hours_layout.setContentsMargins(0, 0, 0, 0)
        self.presets_row = QHBoxLayout()
        self.presets_row.setObjectName(u"presets_row")
        self.presets_label = QLabel(HoursEditor)
        self.presets_label.setObjectName(u"presets_label")

        self.presets_row.addWidget(self.presets_label)

        self.all_week_button = QToolButton(HoursEditor)
        self.all_week_button.setObjectName(u"all_week_button")

        self.presets_row.addWidget(self.all_week_button)

        self.weekdays_button = QToolButton(HoursEditor)
        self.weekdays_button.setObjectName(u"weekdays_button")

        self.presets_row.addWidget(self.weekdays_button)

        self.copy_monday_button = QToolButton(HoursEditor)
        self.copy_monday_button.setObjectName(u"copy_monday_button")

        self.presets_row.addWidget(self.copy_monday_button)

        self.presets_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.presets_row.addItem(self.presets_spacer)


        self.hours_layout.addLayout(self.presets_row)

        self.day_rows_layout = QVBoxLayout()
        self.day_rows_layout.setSpacing(2)
        self.day_rows_layout.setObjectName(u"day_rows_layout")

        self.hours_layout.addLayout(self.day_rows_layout)


        self.retranslateUi(HoursEditor)

        QMetaObject.connectSlotsByName(HoursEditor)
    # setupUi

    def retranslateUi(self, HoursEditor):
        self.presets_label.setText(QCoreApplication.translate("HoursEditor", u"Preset:", None))
        self.all_week_button.setText(QCoreApplication.translate("HoursEditor", u"Every day, all day", None))
        self.weekdays_button.setText(QCoreApplication.translate("HoursEditor", u"Weekdays 09:00\u201317:00", None))
        self.copy_monday_button.setText(QCoreApplication.translate("HoursEditor", u"Copy Monday to weekdays", None))
        pass
    # retranslateUi

