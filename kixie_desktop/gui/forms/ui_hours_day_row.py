# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hours_day_row.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_HoursDayRow(object):
    def setupUi(self, HoursDayRow):
        if not HoursDayRow.objectName():
            HoursDayRow.setObjectName(u"HoursDayRow")
        self.day_row_layout = QVBoxLayout(HoursDayRow)
        self.day_row_layout.setSpacing(0)
        self.day_row_layout.setObjectName(u"day_row_layout")
        self.day_row_layout.setContentsMargins(0, 0, 0, 0)
        self.day_fields = QHBoxLayout()
        self.day_fields.setObjectName(u"day_fields")
        self.open_check = QCheckBox(HoursDayRow)
        self.open_check.setObjectName(u"open_check")
        self.open_check.setMinimumSize(QSize(110, 0))

        self.day_fields.addWidget(self.open_check)

        self.closed_label = QLabel(HoursDayRow)
        self.closed_label.setObjectName(u"closed_label")

        self.day_fields.addWidget(self.closed_label)

        self.intervals_layout = QHBoxLayout()
        self.intervals_layout.setObjectName(u"intervals_layout")

        self.day_fields.addLayout(self.intervals_layout)

        self.add_interval_button = QToolButton(HoursDayRow)
        self.add_interval_button.setObjectName(u"add_interval_button")

        self.day_fields.addWidget(self.add_interval_button)

        self.day_fields_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.day_fields.addItem(self.day_fields_spacer)


        self.day_row_layout.addLayout(self.day_fields)

        self.error_label = QLabel(HoursDayRow)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.day_row_layout.addWidget(self.error_label)


        self.retranslateUi(HoursDayRow)

        QMetaObject.connectSlotsByName(HoursDayRow)
    # setupUi

    def retranslateUi(self, HoursDayRow):
        self.open_check.setText(QCoreApplication.translate("HoursDayRow", u"Monday", None))
        self.closed_label.setText(QCoreApplication.translate("HoursDayRow", u"Closed", None))
        self.add_interval_button.setText(QCoreApplication.translate("HoursDayRow", u"+", None))
#if QT_CONFIG(tooltip)
        self.add_interval_button.setToolTip(QCoreApplication.translate("HoursDayRow", u"Add hours on this day", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

