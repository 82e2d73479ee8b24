# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'webhooks_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_WebhooksDialog(object):
    def setupUi(self, WebhooksDialog):
        if not WebhooksDialog.objectName():
            WebhooksDialog.setObjectName(u"WebhooksDialog")
        WebhooksDialog.resize(820, 600)
        self.dialog_layout = QVBoxLayout(WebhooksDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.message_label = QLabel(WebhooksDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.tabs = QTabWidget(WebhooksDialog)
        self.tabs.setObjectName(u"tabs")
        self.subscriptions_tab = QWidget()
        self.subscriptions_tab.setObjectName(u"subscriptions_tab")
        self.subscriptions_layout = QVBoxLayout(self.subscriptions_tab)
        self.subscriptions_layout.setObjectName(u"subscriptions_layout")
        self.subscriptions_table = QTableWidget(self.subscriptions_tab)
        if (self.subscriptions_table.columnCount() < 4):
            self.subscriptions_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.subscriptions_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.subscriptions_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.subscriptions_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.subscriptions_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.subscriptions_table.setObjectName(u"subscriptions_table")
        self.subscriptions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subscriptions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subscriptions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subscriptions_table.setColumnCount(4)
        self.subscriptions_table.horizontalHeader().setStretchLastSection(True)
        self.subscriptions_table.verticalHeader().setVisible(False)

        self.subscriptions_layout.addWidget(self.subscriptions_table)

        self.subscription_buttons_layout = QHBoxLayout()
        self.subscription_buttons_layout.setObjectName(u"subscription_buttons_layout")
        self.show_inactive_check = QCheckBox(self.subscriptions_tab)
        self.show_inactive_check.setObjectName(u"show_inactive_check")

        self.subscription_buttons_layout.addWidget(self.show_inactive_check)

        self.subscription_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subscription_buttons_layout.addItem(self.subscription_buttons_spacer)

        self.refresh_button = QPushButton(self.subscriptions_tab)
        self.refresh_button.setObjectName(u"refresh_button")
        self.refresh_button.setAutoDefault(False)

        self.subscription_buttons_layout.addWidget(self.refresh_button)

        self.deactivate_button = QPushButton(self.subscriptions_tab)
        self.deactivate_button.setObjectName(u"deactivate_button")
        self.deactivate_button.setAutoDefault(False)

        self.subscription_buttons_layout.addWidget(self.deactivate_button)


        self.subscriptions_layout.addLayout(self.subscription_buttons_layout)

        self.new_group = QGroupBox(self.subscriptions_tab)
        self.new_group.setObjectName(u"new_group")
        self.new_layout = QFormLayout(self.new_group)
        self.new_layout.setObjectName(u"new_layout")
        self.url_label = QLabel(self.new_group)
        self.url_label.setObjectName(u"url_label")

        self.new_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.url_label)

        self.url_edit = QLineEdit(self.new_group)
        self.url_edit.setObjectName(u"url_edit")

        self.new_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.url_edit)

        self.events_label = QLabel(self.new_group)
        self.events_label.setObjectName(u"events_label")

        self.new_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.events_label)

        self.events_box = QWidget(self.new_group)
        self.events_box.setObjectName(u"events_box")
        self.events_layout = QVBoxLayout(self.events_box)
        self.events_layout.setObjectName(u"events_layout")
        self.events_layout.setContentsMargins(0, 0, 0, 0)

        self.new_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.events_box)

        self.create_button = QPushButton(self.new_group)
        self.create_button.setObjectName(u"create_button")
        self.create_button.setAutoDefault(False)

        self.new_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.create_button)


        self.subscriptions_layout.addWidget(self.new_group)

        self.secret_frame = QFrame(self.subscriptions_tab)
        self.secret_frame.setObjectName(u"secret_frame")
        self.secret_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.secret_layout = QVBoxLayout(self.secret_frame)
        self.secret_layout.setObjectName(u"secret_layout")
        self.secret_warning_label = QLabel(self.secret_frame)
        self.secret_warning_label.setObjectName(u"secret_warning_label")
        self.secret_warning_label.setWordWrap(True)

        self.secret_layout.addWidget(self.secret_warning_label)

        self.secret_row_layout = QHBoxLayout()
        self.secret_row_layout.setObjectName(u"secret_row_layout")
        self.secret_edit = QLineEdit(self.secret_frame)
        self.secret_edit.setObjectName(u"secret_edit")
        self.secret_edit.setReadOnly(True)

        self.secret_row_layout.addWidget(self.secret_edit)

        self.copy_secret_button = QPushButton(self.secret_frame)
        self.copy_secret_button.setObjectName(u"copy_secret_button")
        self.copy_secret_button.setAutoDefault(False)

        self.secret_row_layout.addWidget(self.copy_secret_button)

        self.secret_done_button = QPushButton(self.secret_frame)
        self.secret_done_button.setObjectName(u"secret_done_button")
        self.secret_done_button.setAutoDefault(False)

        self.secret_row_layout.addWidget(self.secret_done_button)


        self.secret_layout.addLayout(self.secret_row_layout)


        self.subscriptions_layout.addWidget(self.secret_frame)

        self.tabs.addTab(self.subscriptions_tab, "")
        self.deliveries_tab = QWidget()
        self.deliveries_tab.setObjectName(u"deliveries_tab")
        self.deliveries_layout = QVBoxLayout(self.deliveries_tab)
        self.deliveries_layout.setObjectName(u"deliveries_layout")
        self.lane_layout = QHBoxLayout()
        self.lane_layout.setObjectName(u"lane_layout")
        self.lane_caption = QLabel(self.deliveries_tab)
        self.lane_caption.setObjectName(u"lane_caption")

        self.lane_layout.addWidget(self.lane_caption)

        self.lane_combo = QComboBox(self.deliveries_tab)
        self.lane_combo.addItem("")
        self.lane_combo.addItem("")
        self.lane_combo.setObjectName(u"lane_combo")

        self.lane_layout.addWidget(self.lane_combo)

        self.lane_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lane_layout.addItem(self.lane_spacer)


        self.deliveries_layout.addLayout(self.lane_layout)

        self.deliveries_table = QTableWidget(self.deliveries_tab)
        if (self.deliveries_table.columnCount() < 7):
            self.deliveries_table.setColumnCount(7)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.deliveries_table.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.deliveries_table.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.deliveries_table.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.deliveries_table.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.deliveries_table.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.deliveries_table.setHorizontalHeaderItem(5, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.deliveries_table.setHorizontalHeaderItem(6, __qtablewidgetitem10)
        self.deliveries_table.setObjectName(u"deliveries_table")
        self.deliveries_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deliveries_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deliveries_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deliveries_table.setColumnCount(7)
        self.deliveries_table.horizontalHeader().setStretchLastSection(True)
        self.deliveries_table.verticalHeader().setVisible(False)

        self.deliveries_layout.addWidget(self.deliveries_table)

        self.deliveries_buttons_layout = QHBoxLayout()
        self.deliveries_buttons_layout.setObjectName(u"deliveries_buttons_layout")
        self.deliveries_status_label = QLabel(self.deliveries_tab)
        self.deliveries_status_label.setObjectName(u"deliveries_status_label")

        self.deliveries_buttons_layout.addWidget(self.deliveries_status_label)

        self.deliveries_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deliveries_buttons_layout.addItem(self.deliveries_buttons_spacer)

        self.refresh_log_button = QPushButton(self.deliveries_tab)
        self.refresh_log_button.setObjectName(u"refresh_log_button")
        self.refresh_log_button.setAutoDefault(False)

        self.deliveries_buttons_layout.addWidget(self.refresh_log_button)

        self.retry_button = QPushButton(self.deliveries_tab)
        self.retry_button.setObjectName(u"retry_button")
        self.retry_button.setAutoDefault(False)

        self.deliveries_buttons_layout.addWidget(self.retry_button)


        self.deliveries_layout.addLayout(self.deliveries_buttons_layout)

        self.tabs.addTab(self.deliveries_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(WebhooksDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.url_label.setBuddy(self.url_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WebhooksDialog)

        QMetaObject.connectSlotsByName(WebhooksDialog)
    # setupUi

    def retranslateUi(self, WebhooksDialog):
        WebhooksDialog.setWindowTitle(QCoreApplication.translate("WebhooksDialog", u"Webhooks", None))
        ___qtablewidgetitem = self.subscriptions_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("WebhooksDialog", u"URL", None))
        ___qtablewidgetitem1 = self.subscriptions_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("WebhooksDialog", u"Events", None))
        ___qtablewidgetitem2 = self.subscriptions_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("WebhooksDialog", u"Active", None))
        ___qtablewidgetitem3 = self.subscriptions_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("WebhooksDialog", u"Created", None))
        self.show_inactive_check.setText(QCoreApplication.translate("WebhooksDialog", u"Show &inactive", None))
        self.refresh_button.setText(QCoreApplication.translate("WebhooksDialog", u"&Refresh", None))
        self.deactivate_button.setText(QCoreApplication.translate("WebhooksDialog", u"&Deactivate\u2026", None))
        self.new_group.setTitle(QCoreApplication.translate("WebhooksDialog", u"New subscription", None))
        self.url_label.setText(QCoreApplication.translate("WebhooksDialog", u"&URL", None))
        self.url_edit.setPlaceholderText(QCoreApplication.translate("WebhooksDialog", u"https://hooks.example.com/kixie", None))
        self.events_label.setText(QCoreApplication.translate("WebhooksDialog", u"Events", None))
        self.create_button.setText(QCoreApplication.translate("WebhooksDialog", u"&Add subscription", None))
        self.secret_warning_label.setText(QCoreApplication.translate("WebhooksDialog", u"The signing secret, shown only this once. Copy it into your receiver now; it is kept in this computer's keyring and cannot be shown again.", None))
        self.copy_secret_button.setText(QCoreApplication.translate("WebhooksDialog", u"&Copy", None))
        self.secret_done_button.setText(QCoreApplication.translate("WebhooksDialog", u"I have &saved it", None))
        self.tabs.setTabText(self.tabs.indexOf(self.subscriptions_tab), QCoreApplication.translate("WebhooksDialog", u"&Subscriptions", None))
        self.lane_caption.setText(QCoreApplication.translate("WebhooksDialog", u"Show:", None))
        self.lane_combo.setItemText(0, QCoreApplication.translate("WebhooksDialog", u"Webhook deliveries", None))
        self.lane_combo.setItemText(1, QCoreApplication.translate("WebhooksDialog", u"CRM sync jobs", None))

        ___qtablewidgetitem4 = self.deliveries_table.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("WebhooksDialog", u"Event", None))
        ___qtablewidgetitem5 = self.deliveries_table.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("WebhooksDialog", u"URL", None))
        ___qtablewidgetitem6 = self.deliveries_table.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("WebhooksDialog", u"Status", None))
        ___qtablewidgetitem7 = self.deliveries_table.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("WebhooksDialog", u"Attempts", None))
        ___qtablewidgetitem8 = self.deliveries_table.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("WebhooksDialog", u"Next attempt", None))
        ___qtablewidgetitem9 = self.deliveries_table.horizontalHeaderItem(5)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("WebhooksDialog", u"Created", None))
        ___qtablewidgetitem10 = self.deliveries_table.horizontalHeaderItem(6)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("WebhooksDialog", u"Last error", None))
        self.refresh_log_button.setText(QCoreApplication.translate("WebhooksDialog", u"R&efresh", None))
        self.retry_button.setText(QCoreApplication.translate("WebhooksDialog", u"Retry &now", None))
        self.tabs.setTabText(self.tabs.indexOf(self.deliveries_tab), QCoreApplication.translate("WebhooksDialog", u"Delivery &log", None))
    # retranslateUi

