# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadence_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_CadenceEditor(object):
    def setupUi(self, CadenceEditor):
        if not CadenceEditor.objectName():
            CadenceEditor.setObjectName(u"CadenceEditor")
        CadenceEditor.resize(1120, 720)
        self.editor_layout = QVBoxLayout(CadenceEditor)
        self.editor_layout.setObjectName(u"editor_layout")
        self.title_label = QLabel(CadenceEditor)
        self.title_label.setObjectName(u"title_label")

        self.editor_layout.addWidget(self.title_label)

        self.read_only_label = QLabel(CadenceEditor)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setWordWrap(True)

        self.editor_layout.addWidget(self.read_only_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.nav_list = QListWidget(CadenceEditor)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setMaximumSize(QSize(190, 16777215))
        self.nav_list.setMinimumSize(QSize(170, 0))

        self.body_layout.addWidget(self.nav_list)

        self.pages_stack = QStackedWidget(CadenceEditor)
        self.pages_stack.setObjectName(u"pages_stack")
        self.settings_page = QWidget()
        self.settings_page.setObjectName(u"settings_page")
        self.settings_page_layout = QVBoxLayout(self.settings_page)
        self.settings_page_layout.setObjectName(u"settings_page_layout")
        self.settings_page_layout.setContentsMargins(0, 0, 0, 0)
        self.pages_stack.addWidget(self.settings_page)
        self.actions_page = QWidget()
        self.actions_page.setObjectName(u"actions_page")
        self.actions_page_layout = QVBoxLayout(self.actions_page)
        self.actions_page_layout.setObjectName(u"actions_page_layout")
        self.actions_page_layout.setContentsMargins(0, 0, 0, 0)
        self.pages_stack.addWidget(self.actions_page)
        self.dispositions_page = QWidget()
        self.dispositions_page.setObjectName(u"dispositions_page")
        self.dispositions_page_layout = QVBoxLayout(self.dispositions_page)
        self.dispositions_page_layout.setObjectName(u"dispositions_page_layout")
        self.dispositions_page_layout.setContentsMargins(0, 0, 0, 0)
        self.pages_stack.addWidget(self.dispositions_page)
        self.harassment_page = QWidget()
        self.harassment_page.setObjectName(u"harassment_page")
        self.harassment_page_layout = QVBoxLayout(self.harassment_page)
        self.harassment_page_layout.setObjectName(u"harassment_page_layout")
        self.harassment_page_layout.setContentsMargins(0, 0, 0, 0)
        self.pages_stack.addWidget(self.harassment_page)
        self.timeline_page = QWidget()
        self.timeline_page.setObjectName(u"timeline_page")
        self.timeline_page_layout = QVBoxLayout(self.timeline_page)
        self.timeline_page_layout.setObjectName(u"timeline_page_layout")
        self.timeline_page_layout.setContentsMargins(0, 0, 0, 0)
        self.pages_stack.addWidget(self.timeline_page)

        self.body_layout.addWidget(self.pages_stack)


        self.editor_layout.addLayout(self.body_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.form_message_label = QLabel(CadenceEditor)
        self.form_message_label.setObjectName(u"form_message_label")
        self.form_message_label.setWordWrap(True)
        self.form_message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.button_layout.addWidget(self.form_message_label)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.cancel_button = QPushButton(CadenceEditor)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_layout.addWidget(self.cancel_button)

        self.save_button = QPushButton(CadenceEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.editor_layout.addLayout(self.button_layout)


        self.retranslateUi(CadenceEditor)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(CadenceEditor)
    # setupUi

    def retranslateUi(self, CadenceEditor):
        CadenceEditor.setWindowTitle(QCoreApplication.translate("CadenceEditor", u"Cadence", None))
        self.title_label.setText(QCoreApplication.translate("CadenceEditor", u"New Cadence", None))
        self.read_only_label.setText("")

        __sortingEnabled = self.nav_list.isSortingEnabled()
        self.nav_list.setSortingEnabled(False)
        ___qlistwidgetitem = self.nav_list.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("CadenceEditor", u"Cadence Settings", None))
        ___qlistwidgetitem1 = self.nav_list.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("CadenceEditor", u"Cadence Actions", None))
        ___qlistwidgetitem2 = self.nav_list.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("CadenceEditor", u"Dispositions", None))
        ___qlistwidgetitem3 = self.nav_list.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("CadenceEditor", u"Harassment Rules", None))
        ___qlistwidgetitem4 = self.nav_list.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("CadenceEditor", u"Timeline Preview", None))
        self.nav_list.setSortingEnabled(__sortingEnabled)

        self.cancel_button.setText(QCoreApplication.translate("CadenceEditor", u"Cancel", None))
        self.save_button.setText(QCoreApplication.translate("CadenceEditor", u"SAVE", None))
    # retranslateUi

