# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dispositions_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsDispositionsPage(object):
    def setupUi(self, SettingsDispositionsPage):
        if not SettingsDispositionsPage.objectName():
            SettingsDispositionsPage.setObjectName(u"SettingsDispositionsPage")
        self.dispositions_layout = QVBoxLayout(SettingsDispositionsPage)
        self.dispositions_layout.setObjectName(u"dispositions_layout")
        self.dispositions_hint = QLabel(SettingsDispositionsPage)
        self.dispositions_hint.setObjectName(u"dispositions_hint")
        self.dispositions_hint.setWordWrap(True)

        self.dispositions_layout.addWidget(self.dispositions_hint)

        self.list_row = QHBoxLayout()
        self.list_row.setObjectName(u"list_row")
        self.dispositions_tree = QTreeWidget(SettingsDispositionsPage)
        self.dispositions_tree.setObjectName(u"dispositions_tree")
        self.dispositions_tree.setRootIsDecorated(False)
        self.dispositions_tree.setUniformRowHeights(True)
        self.dispositions_tree.setAllColumnsShowFocus(True)

        self.list_row.addWidget(self.dispositions_tree)

        self.order_column = QVBoxLayout()
        self.order_column.setObjectName(u"order_column")
        self.move_up_button = QPushButton(SettingsDispositionsPage)
        self.move_up_button.setObjectName(u"move_up_button")

        self.order_column.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(SettingsDispositionsPage)
        self.move_down_button.setObjectName(u"move_down_button")

        self.order_column.addWidget(self.move_down_button)

        self.archive_button = QPushButton(SettingsDispositionsPage)
        self.archive_button.setObjectName(u"archive_button")

        self.order_column.addWidget(self.archive_button)

        self.order_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.order_column.addItem(self.order_spacer)


        self.list_row.addLayout(self.order_column)

        self.list_row.setStretch(0, 1)

        self.dispositions_layout.addLayout(self.list_row)

        self.details_group = QGroupBox(SettingsDispositionsPage)
        self.details_group.setObjectName(u"details_group")
        self.details_form = QFormLayout(self.details_group)
        self.details_form.setObjectName(u"details_form")
        self.name_label = QLabel(self.details_group)
        self.name_label.setObjectName(u"name_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.details_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(80)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(self.details_group)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.digit_label = QLabel(self.details_group)
        self.digit_label.setObjectName(u"digit_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.digit_label)

        self.digit_combo = QComboBox(self.details_group)
        self.digit_combo.setObjectName(u"digit_combo")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.digit_combo)

        self.digit_error = QLabel(self.details_group)
        self.digit_error.setObjectName(u"digit_error")
        self.digit_error.setWordWrap(True)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.digit_error)

        self.connected_check = QCheckBox(self.details_group)
        self.connected_check.setObjectName(u"connected_check")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.connected_check)

        self.save_button = QPushButton(self.details_group)
        self.save_button.setObjectName(u"save_button")

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.save_button)


        self.dispositions_layout.addWidget(self.details_group)

        self.add_row = QHBoxLayout()
        self.add_row.setObjectName(u"add_row")
        self.new_name_edit = QLineEdit(SettingsDispositionsPage)
        self.new_name_edit.setObjectName(u"new_name_edit")
        self.new_name_edit.setMaxLength(80)

        self.add_row.addWidget(self.new_name_edit)

        self.add_button = QPushButton(SettingsDispositionsPage)
        self.add_button.setObjectName(u"add_button")

        self.add_row.addWidget(self.add_button)

        self.add_row.setStretch(0, 1)

        self.dispositions_layout.addLayout(self.add_row)

        self.new_name_error = QLabel(SettingsDispositionsPage)
        self.new_name_error.setObjectName(u"new_name_error")
        self.new_name_error.setWordWrap(True)

        self.dispositions_layout.addWidget(self.new_name_error)

        self.message_line = QLabel(SettingsDispositionsPage)
        self.message_line.setObjectName(u"message_line")
        self.message_line.setWordWrap(True)

        self.dispositions_layout.addWidget(self.message_line)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.digit_label.setBuddy(self.digit_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDispositionsPage)

        QMetaObject.connectSlotsByName(SettingsDispositionsPage)
    # setupUi

    def retranslateUi(self, SettingsDispositionsPage):
        self.dispositions_hint.setText(QCoreApplication.translate("SettingsDispositionsPage", u"How a call went, in the order agents see them after a call. A key lets an agent choose one with a digit; \"counts as connected\" means the call reached the lead, for the connect rate. An archived disposition is no longer offered, and call history keeps it.", None))
        ___qtreewidgetitem = self.dispositions_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SettingsDispositionsPage", u"Counts as connected", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SettingsDispositionsPage", u"Key", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SettingsDispositionsPage", u"Disposition", None))
#if QT_CONFIG(accessibility)
        self.dispositions_tree.setAccessibleName(QCoreApplication.translate("SettingsDispositionsPage", u"Dispositions", None))
#endif // QT_CONFIG(accessibility)
        self.move_up_button.setText(QCoreApplication.translate("SettingsDispositionsPage", u"Move &up", None))
        self.move_down_button.setText(QCoreApplication.translate("SettingsDispositionsPage", u"Move do&wn", None))
        self.archive_button.setText(QCoreApplication.translate("SettingsDispositionsPage", u"&Archive", None))
        self.details_group.setTitle(QCoreApplication.translate("SettingsDispositionsPage", u"Selected disposition", None))
        self.name_label.setText(QCoreApplication.translate("SettingsDispositionsPage", u"Na&me", None))
        self.digit_label.setText(QCoreApplication.translate("SettingsDispositionsPage", u"&Key", None))
        self.connected_check.setText(QCoreApplication.translate("SettingsDispositionsPage", u"&Counts as connected (the call reached the lead)", None))
        self.save_button.setText(QCoreApplication.translate("SettingsDispositionsPage", u"&Save disposition", None))
        self.new_name_edit.setPlaceholderText(QCoreApplication.translate("SettingsDispositionsPage", u"New disposition, e.g. Booked a demo", None))
#if QT_CONFIG(accessibility)
        self.new_name_edit.setAccessibleName(QCoreApplication.translate("SettingsDispositionsPage", u"New disposition", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("SettingsDispositionsPage", u"A&dd", None))
        pass
    # retranslateUi

