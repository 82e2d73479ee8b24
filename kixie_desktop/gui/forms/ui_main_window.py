# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QStatusBar, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.keyboard_shortcuts_action = QAction(MainWindow)
        self.keyboard_shortcuts_action.setObjectName(u"keyboard_shortcuts_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.tabs = QTabWidget(self.central_widget)
        self.tabs.setObjectName(u"tabs")
        self.cadences_tab = QWidget()
        self.cadences_tab.setObjectName(u"cadences_tab")
        self.cadences_layout = QVBoxLayout(self.cadences_tab)
        self.cadences_layout.setObjectName(u"cadences_layout")
        self.cadences_toolbar = QHBoxLayout()
        self.cadences_toolbar.setObjectName(u"cadences_toolbar")
        self.cadences_heading = QLabel(self.cadences_tab)
        self.cadences_heading.setObjectName(u"cadences_heading")

        self.cadences_toolbar.addWidget(self.cadences_heading)

        self.cadence_search_edit = QLineEdit(self.cadences_tab)
        self.cadence_search_edit.setObjectName(u"cadence_search_edit")
        self.cadence_search_edit.setClearButtonEnabled(True)
        self.cadence_search_edit.setMaximumSize(QSize(280, 16777215))

        self.cadences_toolbar.addWidget(self.cadence_search_edit)

        self.cadences_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cadences_toolbar.addItem(self.cadences_spacer)

        self.import_cadence_button = QPushButton(self.cadences_tab)
        self.import_cadence_button.setObjectName(u"import_cadence_button")

        self.cadences_toolbar.addWidget(self.import_cadence_button)

        self.export_cadence_button = QPushButton(self.cadences_tab)
        self.export_cadence_button.setObjectName(u"export_cadence_button")

        self.cadences_toolbar.addWidget(self.export_cadence_button)

        self.duplicate_cadence_button = QPushButton(self.cadences_tab)
        self.duplicate_cadence_button.setObjectName(u"duplicate_cadence_button")

        self.cadences_toolbar.addWidget(self.duplicate_cadence_button)

        self.delete_cadence_button = QPushButton(self.cadences_tab)
        self.delete_cadence_button.setObjectName(u"delete_cadence_button")

        self.cadences_toolbar.addWidget(self.delete_cadence_button)

        self.add_cadence_button = QPushButton(self.cadences_tab)
        self.add_cadence_button.setObjectName(u"add_cadence_button")

        self.cadences_toolbar.addWidget(self.add_cadence_button)


        self.cadences_layout.addLayout(self.cadences_toolbar)

        self.cadences_view = QTableView(self.cadences_tab)
        self.cadences_view.setObjectName(u"cadences_view")
        self.cadences_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cadences_view.setSortingEnabled(True)
        self.cadences_view.setAlternatingRowColors(True)

        self.cadences_layout.addWidget(self.cadences_view)

        self.tabs.addTab(self.cadences_tab, "")
        self.inflight_tab = QWidget()
        self.inflight_tab.setObjectName(u"inflight_tab")
        self.inflight_layout = QVBoxLayout(self.inflight_tab)
        self.inflight_layout.setObjectName(u"inflight_layout")
        self.inflight_view = QTableView(self.inflight_tab)
        self.inflight_view.setObjectName(u"inflight_view")
        self.inflight_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.inflight_layout.addWidget(self.inflight_view)

        self.tabs.addTab(self.inflight_tab, "")
        self.completed_tab = QWidget()
        self.completed_tab.setObjectName(u"completed_tab")
        self.completed_layout = QVBoxLayout(self.completed_tab)
        self.completed_layout.setObjectName(u"completed_layout")
        self.completed_view = QTableView(self.completed_tab)
        self.completed_view.setObjectName(u"completed_view")
        self.completed_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.completed_layout.addWidget(self.completed_view)

        self.tabs.addTab(self.completed_tab, "")

        self.central_layout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addAction(self.keyboard_shortcuts_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Kixie Desktop", None))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.keyboard_shortcuts_action.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
#if QT_CONFIG(shortcut)
        self.keyboard_shortcuts_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+/", None))
#endif // QT_CONFIG(shortcut)
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About Kixie Desktop", None))
        self.cadences_heading.setText(QCoreApplication.translate("MainWindow", u"Cadences", None))
        self.cadence_search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search cadences", None))
        self.import_cadence_button.setText(QCoreApplication.translate("MainWindow", u"Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_cadence_button.setToolTip(QCoreApplication.translate("MainWindow", u"Create a cadence from a cadence file", None))
#endif // QT_CONFIG(tooltip)
        self.export_cadence_button.setText(QCoreApplication.translate("MainWindow", u"Export\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_cadence_button.setToolTip(QCoreApplication.translate("MainWindow", u"Save the selected cadence to a file another workspace can import", None))
#endif // QT_CONFIG(tooltip)
        self.duplicate_cadence_button.setText(QCoreApplication.translate("MainWindow", u"Duplicate", None))
#if QT_CONFIG(tooltip)
        self.duplicate_cadence_button.setToolTip(QCoreApplication.translate("MainWindow", u"Make a copy of the selected cadence (off) to edit", None))
#endif // QT_CONFIG(tooltip)
        self.delete_cadence_button.setText(QCoreApplication.translate("MainWindow", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.delete_cadence_button.setToolTip(QCoreApplication.translate("MainWindow", u"Delete the selected cadence", None))
#endif // QT_CONFIG(tooltip)
        self.add_cadence_button.setText(QCoreApplication.translate("MainWindow", u"+ Add New Cadence", None))
        self.tabs.setTabText(self.tabs.indexOf(self.cadences_tab), QCoreApplication.translate("MainWindow", u"Cadences", None))
        self.tabs.setTabText(self.tabs.indexOf(self.inflight_tab), QCoreApplication.translate("MainWindow", u"Inflight Actions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.completed_tab), QCoreApplication.translate("MainWindow", u"Completed Actions", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

