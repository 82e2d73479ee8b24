# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadence_harassment_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGroupBox,
    QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CadenceHarassmentPage(object):
    def setupUi(self, CadenceHarassmentPage):
        if not CadenceHarassmentPage.objectName():
            CadenceHarassmentPage.setObjectName(u"CadenceHarassmentPage")
        self.harassment_layout = QVBoxLayout(CadenceHarassmentPage)
        self.harassment_layout.setObjectName(u"harassment_layout")
        self.harassment_layout.setContentsMargins(0, 0, 0, 0)
        self.harassment_hint = QLabel(CadenceHarassmentPage)
        self.harassment_hint.setObjectName(u"harassment_hint")
        self.harassment_hint.setWordWrap(True)

        self.harassment_layout.addWidget(self.harassment_hint)

        self.use_business_rules_check = QCheckBox(CadenceHarassmentPage)
        self.use_business_rules_check.setObjectName(u"use_business_rules_check")

        self.harassment_layout.addWidget(self.use_business_rules_check)

        self.business_rules_label = QLabel(CadenceHarassmentPage)
        self.business_rules_label.setObjectName(u"business_rules_label")
        self.business_rules_label.setWordWrap(True)

        self.harassment_layout.addWidget(self.business_rules_label)

        self.call_rules_group = QGroupBox(CadenceHarassmentPage)
        self.call_rules_group.setObjectName(u"call_rules_group")
        self.call_rules_group.setCheckable(True)
        self.call_rules_group.setChecked(False)
        self.call_rules_layout = QVBoxLayout(self.call_rules_group)
        self.call_rules_layout.setObjectName(u"call_rules_layout")
        self.call_rules_layout.setContentsMargins(0, 0, 0, 0)
        self.call_rule_row = QHBoxLayout()
        self.call_rule_row.setObjectName(u"call_rule_row")
        self.call_at_most_label = QLabel(self.call_rules_group)
        self.call_at_most_label.setObjectName(u"call_at_most_label")

        self.call_rule_row.addWidget(self.call_at_most_label)

        self.call_count_spin = QSpinBox(self.call_rules_group)
        self.call_count_spin.setObjectName(u"call_count_spin")
        self.call_count_spin.setMinimum(1)
        self.call_count_spin.setMaximum(1000)

        self.call_rule_row.addWidget(self.call_count_spin)

        self.call_per_label = QLabel(self.call_rules_group)
        self.call_per_label.setObjectName(u"call_per_label")

        self.call_rule_row.addWidget(self.call_per_label)

        self.call_period_amount = QSpinBox(self.call_rules_group)
        self.call_period_amount.setObjectName(u"call_period_amount")
        self.call_period_amount.setMinimum(1)
        self.call_period_amount.setMaximum(1000)

        self.call_rule_row.addWidget(self.call_period_amount)

        self.call_period_unit = QComboBox(self.call_rules_group)
        self.call_period_unit.setObjectName(u"call_period_unit")

        self.call_rule_row.addWidget(self.call_period_unit)

        self.call_rule_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.call_rule_row.addItem(self.call_rule_spacer)


        self.call_rules_layout.addLayout(self.call_rule_row)

        self.call_rules_error = QLabel(self.call_rules_group)
        self.call_rules_error.setObjectName(u"call_rules_error")
        self.call_rules_error.setWordWrap(True)
        self.call_rules_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.call_rules_layout.addWidget(self.call_rules_error)


        self.harassment_layout.addWidget(self.call_rules_group)

        self.sms_rules_group = QGroupBox(CadenceHarassmentPage)
        self.sms_rules_group.setObjectName(u"sms_rules_group")
        self.sms_rules_group.setCheckable(True)
        self.sms_rules_group.setChecked(False)
        self.sms_rules_layout = QVBoxLayout(self.sms_rules_group)
        self.sms_rules_layout.setObjectName(u"sms_rules_layout")
        self.sms_rules_layout.setContentsMargins(0, 0, 0, 0)
        self.sms_rule_row = QHBoxLayout()
        self.sms_rule_row.setObjectName(u"sms_rule_row")
        self.sms_at_most_label = QLabel(self.sms_rules_group)
        self.sms_at_most_label.setObjectName(u"sms_at_most_label")

        self.sms_rule_row.addWidget(self.sms_at_most_label)

        self.sms_count_spin = QSpinBox(self.sms_rules_group)
        self.sms_count_spin.setObjectName(u"sms_count_spin")
        self.sms_count_spin.setMinimum(1)
        self.sms_count_spin.setMaximum(1000)

        self.sms_rule_row.addWidget(self.sms_count_spin)

        self.sms_per_label = QLabel(self.sms_rules_group)
        self.sms_per_label.setObjectName(u"sms_per_label")

        self.sms_rule_row.addWidget(self.sms_per_label)

        self.sms_period_amount = QSpinBox(self.sms_rules_group)
        self.sms_period_amount.setObjectName(u"sms_period_amount")
        self.sms_period_amount.setMinimum(1)
        self.sms_period_amount.setMaximum(1000)

        self.sms_rule_row.addWidget(self.sms_period_amount)

        self.sms_period_unit = QComboBox(self.sms_rules_group)
        self.sms_period_unit.setObjectName(u"sms_period_unit")

        self.sms_rule_row.addWidget(self.sms_period_unit)

        self.sms_rule_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sms_rule_row.addItem(self.sms_rule_spacer)


        self.sms_rules_layout.addLayout(self.sms_rule_row)

        self.sms_rules_error = QLabel(self.sms_rules_group)
        self.sms_rules_error.setObjectName(u"sms_rules_error")
        self.sms_rules_error.setWordWrap(True)
        self.sms_rules_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sms_rules_layout.addWidget(self.sms_rules_error)


        self.harassment_layout.addWidget(self.sms_rules_group)

        self.harassment_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.harassment_layout.addItem(self.harassment_bottom_spacer)


        self.retranslateUi(CadenceHarassmentPage)

        QMetaObject.connectSlotsByName(CadenceHarassmentPage)
    # setupUi

    def retranslateUi(self, CadenceHarassmentPage):
        self.harassment_hint.setText(QCoreApplication.translate("CadenceHarassmentPage", u"Harassment Rules keep agents from calling or texting a contact too often. Counting is per phone number, over a rolling window, across every cadence and manual calls.", None))
        self.use_business_rules_check.setText(QCoreApplication.translate("CadenceHarassmentPage", u"Use Business Harassment Rules", None))
        self.business_rules_label.setText("")
        self.call_rules_group.setTitle(QCoreApplication.translate("CadenceHarassmentPage", u"Call Rules", None))
        self.call_at_most_label.setText(QCoreApplication.translate("CadenceHarassmentPage", u"At most", None))
        self.call_per_label.setText(QCoreApplication.translate("CadenceHarassmentPage", u"calls per", None))
        self.sms_rules_group.setTitle(QCoreApplication.translate("CadenceHarassmentPage", u"SMS Rules", None))
        self.sms_at_most_label.setText(QCoreApplication.translate("CadenceHarassmentPage", u"At most", None))
        self.sms_per_label.setText(QCoreApplication.translate("CadenceHarassmentPage", u"SMS per", None))
        pass
    # retranslateUi

