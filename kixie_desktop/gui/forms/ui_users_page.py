# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        self.users_layout = QVBoxLayout(UsersPage)
        self.users_layout.setObjectName(u"users_layout")
        self.users_hint = QLabel(UsersPage)
        self.users_hint.setObjectName(u"users_hint")
        self.users_hint.setWordWrap(True)

        self.users_layout.addWidget(self.users_hint)

        self.users_table = QTableWidget(UsersPage)
        if (self.users_table.columnCount() < 4):
            self.users_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setColumnCount(4)
        self.users_table.horizontalHeader().setStretchLastSection(True)
        self.users_table.verticalHeader().setVisible(False)

        self.users_layout.addWidget(self.users_table)

        self.users_buttons_layout = QHBoxLayout()
        self.users_buttons_layout.setObjectName(u"users_buttons_layout")
        self.users_message = QLabel(UsersPage)
        self.users_message.setObjectName(u"users_message")
        self.users_message.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.users_message.sizePolicy().hasHeightForWidth())
        self.users_message.setSizePolicy(sizePolicy)

        self.users_buttons_layout.addWidget(self.users_message)

        self.add_user_button = QPushButton(UsersPage)
        self.add_user_button.setObjectName(u"add_user_button")
        self.add_user_button.setAutoDefault(False)

        self.users_buttons_layout.addWidget(self.add_user_button)

        self.edit_user_button = QPushButton(UsersPage)
        self.edit_user_button.setObjectName(u"edit_user_button")
        self.edit_user_button.setAutoDefault(False)

        self.users_buttons_layout.addWidget(self.edit_user_button)

        self.status_button = QPushButton(UsersPage)
        self.status_button.setObjectName(u"status_button")
        self.status_button.setAutoDefault(False)

        self.users_buttons_layout.addWidget(self.status_button)


        self.users_layout.addLayout(self.users_buttons_layout)


        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.users_hint.setText(QCoreApplication.translate("UsersPage", u"Everyone who works in this workspace. A deactivated user cannot sign in and gets no new leads or call prompts; their calls, texts and history stay.", None))
        ___qtablewidgetitem = self.users_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersPage", u"Name", None))
        ___qtablewidgetitem1 = self.users_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersPage", u"Email", None))
        ___qtablewidgetitem2 = self.users_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersPage", u"Role", None))
        ___qtablewidgetitem3 = self.users_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersPage", u"Status", None))
#if QT_CONFIG(accessibility)
        self.users_table.setAccessibleName(QCoreApplication.translate("UsersPage", u"Users", None))
#endif // QT_CONFIG(accessibility)
        self.add_user_button.setText(QCoreApplication.translate("UsersPage", u"&Add\u2026", None))
        self.edit_user_button.setText(QCoreApplication.translate("UsersPage", u"&Edit\u2026", None))
        self.status_button.setText(QCoreApplication.translate("UsersPage", u"&Deactivate\u2026", None))
        pass
    # retranslateUi

