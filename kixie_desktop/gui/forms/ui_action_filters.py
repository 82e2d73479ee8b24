# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_filters.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QWidget)

class Ui_ActionFilters(object):
    def setupUi(self, ActionFilters):
        if not ActionFilters.objectName():
            ActionFilters.setObjectName(u"ActionFilters")
        ActionFilters.resize(1100, 40)
        self.filters_layout = QHBoxLayout(ActionFilters)
        self.filters_layout.setObjectName(u"filters_layout")
        self.filters_layout.setContentsMargins(0, 0, 0, 0)
        self.cadence_combo = QComboBox(ActionFilters)
        self.cadence_combo.setObjectName(u"cadence_combo")
        self.cadence_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.cadence_combo)

        self.status_combo = QComboBox(ActionFilters)
        self.status_combo.setObjectName(u"status_combo")

        self.filters_layout.addWidget(self.status_combo)

        self.type_combo = QComboBox(ActionFilters)
        self.type_combo.setObjectName(u"type_combo")

        self.filters_layout.addWidget(self.type_combo)

        self.phone_edit = QLineEdit(ActionFilters)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setClearButtonEnabled(True)
        self.phone_edit.setMinimumSize(QSize(220, 0))

        self.filters_layout.addWidget(self.phone_edit)

        self.date_check = QCheckBox(ActionFilters)
        self.date_check.setObjectName(u"date_check")

        self.filters_layout.addWidget(self.date_check)

        self.since_edit = QDateEdit(ActionFilters)
        self.since_edit.setObjectName(u"since_edit")
        self.since_edit.setEnabled(False)
        self.since_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.since_edit)

        self.until_label = QLabel(ActionFilters)
        self.until_label.setObjectName(u"until_label")

        self.filters_layout.addWidget(self.until_label)

        self.until_edit = QDateEdit(ActionFilters)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setEnabled(False)
        self.until_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.until_edit)

        self.filters_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)

        self.count_label = QLabel(ActionFilters)
        self.count_label.setObjectName(u"count_label")

        self.filters_layout.addWidget(self.count_label)

        self.export_button = QPushButton(ActionFilters)
        self.export_button.setObjectName(u"export_button")

        self.filters_layout.addWidget(self.export_button)


        self.retranslateUi(ActionFilters)

        QMetaObject.connectSlotsByName(ActionFilters)
    # setupUi

    def retranslateUi(self, ActionFilters):
#if QT_CONFIG(tooltip)
        self.cadence_combo.setToolTip(QCoreApplication.translate("ActionFilters", u"Only this cadence's actions", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("ActionFilters", u"Only actions with this status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.type_combo.setToolTip(QCoreApplication.translate("ActionFilters", u"Only Call or only SMS actions", None))
#endif // QT_CONFIG(tooltip)
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("ActionFilters", u"Phone: +1512\u2026 starts with, 0100 contains", None))
#if QT_CONFIG(tooltip)
        self.phone_edit.setToolTip(QCoreApplication.translate("ActionFilters", u"Starting with + matches numbers that begin with it (country and area code); digits alone match anywhere in the number.", None))
#endif // QT_CONFIG(tooltip)
        self.date_check.setText(QCoreApplication.translate("ActionFilters", u"Scheduled from", None))
        self.since_edit.setDisplayFormat(QCoreApplication.translate("ActionFilters", u"yyyy-MM-dd", None))
        self.until_label.setText(QCoreApplication.translate("ActionFilters", u"to", None))
        self.until_edit.setDisplayFormat(QCoreApplication.translate("ActionFilters", u"yyyy-MM-dd", None))
        self.count_label.setText("")
        self.export_button.setText(QCoreApplication.translate("ActionFilters", u"Export CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("ActionFilters", u"Save the actions this filter shows, in this order, as a CSV file", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

