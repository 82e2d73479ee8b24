# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'keyboard_shortcuts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_KeyboardShortcutsDialog(object):
    def setupUi(self, KeyboardShortcutsDialog):
        if not KeyboardShortcutsDialog.objectName():
            KeyboardShortcutsDialog.setObjectName(u"KeyboardShortcutsDialog")
        KeyboardShortcutsDialog.resize(520, 500)
        self.dialog_layout = QVBoxLayout(KeyboardShortcutsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(KeyboardShortcutsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.shortcuts_table = QTableWidget(KeyboardShortcutsDialog)
        if (self.shortcuts_table.columnCount() < 2):
            self.shortcuts_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.shortcuts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.shortcuts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.shortcuts_table.setObjectName(u"shortcuts_table")
        self.shortcuts_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.shortcuts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcuts_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.shortcuts_table.setShowGrid(False)
        self.shortcuts_table.setColumnCount(2)
        self.shortcuts_table.horizontalHeader().setStretchLastSection(True)
        self.shortcuts_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.shortcuts_table)

        self.button_box = QDialogButtonBox(KeyboardShortcutsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(KeyboardShortcutsDialog)

        QMetaObject.connectSlotsByName(KeyboardShortcutsDialog)
    # setupUi

    def retranslateUi(self, KeyboardShortcutsDialog):
        KeyboardShortcutsDialog.setWindowTitle(QCoreApplication.translate("KeyboardShortcutsDialog", u"Keyboard shortcuts", None))
        self.intro_label.setText(QCoreApplication.translate("KeyboardShortcutsDialog", u"In the PowerCall panel, one key does each step of a call. The keys work anywhere in the main window, but not while you type in a box (notes, a phone number, a search): there, a key is text.", None))
        ___qtablewidgetitem = self.shortcuts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("KeyboardShortcutsDialog", u"Key", None))
        ___qtablewidgetitem1 = self.shortcuts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("KeyboardShortcutsDialog", u"What it does", None))
    # retranslateUi

