# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_window.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QListWidget, QListWidgetItem, QSizePolicy, QSplitter,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_SettingsWindow(object):
    def setupUi(self, SettingsWindow):
        if not SettingsWindow.objectName():
            SettingsWindow.setObjectName(u"SettingsWindow")
        SettingsWindow.setMinimumSize(QSize(860, 560))
        self.main_layout = QVBoxLayout(SettingsWindow)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(SettingsWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.pages_list = QListWidget(self.splitter)
        self.pages_list.setObjectName(u"pages_list")
        self.pages_list.setMaximumSize(QSize(220, 16777215))
        self.splitter.addWidget(self.pages_list)
        self.pages_stack = QStackedWidget(self.splitter)
        self.pages_stack.setObjectName(u"pages_stack")
        self.splitter.addWidget(self.pages_stack)

        self.main_layout.addWidget(self.splitter)

        self.button_box = QDialogButtonBox(SettingsWindow)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(SettingsWindow)

        QMetaObject.connectSlotsByName(SettingsWindow)
    # setupUi

    def retranslateUi(self, SettingsWindow):
        SettingsWindow.setWindowTitle(QCoreApplication.translate("SettingsWindow", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.pages_list.setAccessibleName(QCoreApplication.translate("SettingsWindow", u"Settings pages", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

