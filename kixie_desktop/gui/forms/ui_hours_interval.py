# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hours_interval.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QToolButton, QWidget)

class Ui_HoursInterval(object):
    def setupUi(self, HoursInterval):
        if not HoursInterval.objectName():
            HoursInterval.setObjectName(u"HoursInterval")
        self.interval_layout = QHBoxLayout(HoursInterval)
        self.interval_layout.setObjectName(u"interval_layout")
        self.interval_layout.setContentsMargins(0, 0, 6, 0)
        self.start_combo = QComboBox(HoursInterval)
        self.start_combo.setObjectName(u"start_combo")
        self.start_combo.setEditable(True)
        self.start_combo.setMaximumSize(QSize(80, 16777215))

        self.interval_layout.addWidget(self.start_combo)

        self.dash_label = QLabel(HoursInterval)
        self.dash_label.setObjectName(u"dash_label")

        self.interval_layout.addWidget(self.dash_label)

        self.end_combo = QComboBox(HoursInterval)
        self.end_combo.setObjectName(u"end_combo")
        self.end_combo.setEditable(True)
        self.end_combo.setMaximumSize(QSize(80, 16777215))

        self.interval_layout.addWidget(self.end_combo)

        self.remove_button = QToolButton(HoursInterval)
        self.remove_button.setObjectName(u"remove_button")

        self.interval_layout.addWidget(self.remove_button)


        self.retranslateUi(HoursInterval)

        QMetaObject.connectSlotsByName(HoursInterval)
    # setupUi

    def retranslateUi(self, HoursInterval):
        self.dash_label.setText(QCoreApplication.translate("HoursInterval", u"\u2013", None))
        self.remove_button.setText(QCoreApplication.translate("HoursInterval", u"\u2715", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("HoursInterval", u"Remove these hours", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

