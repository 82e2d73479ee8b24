# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTabWidget, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_ContactsTab(object):
    def setupUi(self, ContactsTab):
        if not ContactsTab.objectName():
            ContactsTab.setObjectName(u"ContactsTab")
        self.contacts_layout = QHBoxLayout(ContactsTab)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.splitter = QSplitter(ContactsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(self.list_panel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.list_layout.addWidget(self.search_edit)

        self.contacts_view = QTableView(self.list_panel)
        self.contacts_view.setObjectName(u"contacts_view")
        self.contacts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.list_layout.addWidget(self.contacts_view)

        self.splitter.addWidget(self.list_panel)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.contact_title = QLabel(self.detail_panel)
        self.contact_title.setObjectName(u"contact_title")
        self.contact_title.setTextFormat(Qt.TextFormat.PlainText)

        self.detail_layout.addWidget(self.contact_title)

        self.contact_facts = QLabel(self.detail_panel)
        self.contact_facts.setObjectName(u"contact_facts")
        self.contact_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_facts.setWordWrap(True)

        self.detail_layout.addWidget(self.contact_facts)

        self.zone_row = QHBoxLayout()
        self.zone_row.setObjectName(u"zone_row")
        self.zone_caption = QLabel(self.detail_panel)
        self.zone_caption.setObjectName(u"zone_caption")

        self.zone_row.addWidget(self.zone_caption)

        self.zone_combo = QComboBox(self.detail_panel)
        self.zone_combo.setObjectName(u"zone_combo")
        self.zone_combo.setEditable(True)

        self.zone_row.addWidget(self.zone_combo)

        self.set_zone_button = QPushButton(self.detail_panel)
        self.set_zone_button.setObjectName(u"set_zone_button")

        self.zone_row.addWidget(self.set_zone_button)


        self.detail_layout.addLayout(self.zone_row)

        self.enroll_row = QHBoxLayout()
        self.enroll_row.setObjectName(u"enroll_row")
        self.enroll_caption = QLabel(self.detail_panel)
        self.enroll_caption.setObjectName(u"enroll_caption")

        self.enroll_row.addWidget(self.enroll_caption)

        self.cadence_combo = QComboBox(self.detail_panel)
        self.cadence_combo.setObjectName(u"cadence_combo")

        self.enroll_row.addWidget(self.cadence_combo)

        self.enroll_button = QPushButton(self.detail_panel)
        self.enroll_button.setObjectName(u"enroll_button")

        self.enroll_row.addWidget(self.enroll_button)

        self.delete_contact_button = QPushButton(self.detail_panel)
        self.delete_contact_button.setObjectName(u"delete_contact_button")

        self.enroll_row.addWidget(self.delete_contact_button)


        self.detail_layout.addLayout(self.enroll_row)

        self.enroll_message = QLabel(self.detail_panel)
        self.enroll_message.setObjectName(u"enroll_message")
        self.enroll_message.setWordWrap(True)

        self.detail_layout.addWidget(self.enroll_message)

        self.zone_error = QLabel(self.detail_panel)
        self.zone_error.setObjectName(u"zone_error")

        self.detail_layout.addWidget(self.zone_error)

        self.history_tabs = QTabWidget(self.detail_panel)
        self.history_tabs.setObjectName(u"history_tabs")
        self.messages_page = QWidget()
        self.messages_page.setObjectName(u"messages_page")
        self.messages_layout = QVBoxLayout(self.messages_page)
        self.messages_layout.setObjectName(u"messages_layout")
        self.messages_text = QTextBrowser(self.messages_page)
        self.messages_text.setObjectName(u"messages_text")

        self.messages_layout.addWidget(self.messages_text)

        self.history_tabs.addTab(self.messages_page, "")
        self.calls_page = QWidget()
        self.calls_page.setObjectName(u"calls_page")
        self.calls_layout = QVBoxLayout(self.calls_page)
        self.calls_layout.setObjectName(u"calls_layout")
        self.calls_text = QTextBrowser(self.calls_page)
        self.calls_text.setObjectName(u"calls_text")
        self.calls_text.setOpenLinks(False)

        self.calls_layout.addWidget(self.calls_text)

        self.calls_message = QLabel(self.calls_page)
        self.calls_message.setObjectName(u"calls_message")
        self.calls_message.setWordWrap(True)
        self.calls_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.calls_layout.addWidget(self.calls_message)

        self.history_tabs.addTab(self.calls_page, "")
        self.cadences_page = QWidget()
        self.cadences_page.setObjectName(u"cadences_page")
        self.cadences_page_layout = QVBoxLayout(self.cadences_page)
        self.cadences_page_layout.setObjectName(u"cadences_page_layout")
        self.enrollments_view = QTableView(self.cadences_page)
        self.enrollments_view.setObjectName(u"enrollments_view")
        self.enrollments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.enrollments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.enrollments_view.setWordWrap(False)

        self.cadences_page_layout.addWidget(self.enrollments_view)

        self.history_tabs.addTab(self.cadences_page, "")

        self.detail_layout.addWidget(self.history_tabs)

        self.splitter.addWidget(self.detail_panel)

        self.contacts_layout.addWidget(self.splitter)


        self.retranslateUi(ContactsTab)

        QMetaObject.connectSlotsByName(ContactsTab)
    # setupUi

    def retranslateUi(self, ContactsTab):
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ContactsTab", u"Search name, phone, email or company", None))
        self.contact_title.setText(QCoreApplication.translate("ContactsTab", u"Pick a contact", None))
        self.zone_caption.setText(QCoreApplication.translate("ContactsTab", u"Time zone:", None))
        self.set_zone_button.setText(QCoreApplication.translate("ContactsTab", u"Set", None))
        self.enroll_caption.setText(QCoreApplication.translate("ContactsTab", u"Enroll in:", None))
        self.enroll_button.setText(QCoreApplication.translate("ContactsTab", u"Enroll", None))
        self.delete_contact_button.setText(QCoreApplication.translate("ContactsTab", u"Delete Contact\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_contact_button.setToolTip(QCoreApplication.translate("ContactsTab", u"Delete this contact and everything recorded about them: cadences, calls and their recordings, texts (admins and managers)", None))
#endif // QT_CONFIG(tooltip)
        self.zone_error.setStyleSheet(QCoreApplication.translate("ContactsTab", u"color: #b00020;", None))
        self.history_tabs.setTabText(self.history_tabs.indexOf(self.messages_page), QCoreApplication.translate("ContactsTab", u"Messages", None))
#if QT_CONFIG(tooltip)
        self.calls_text.setToolTip(QCoreApplication.translate("ContactsTab", u"A recorded call has a Play recording link: it opens in your computer's audio player", None))
#endif // QT_CONFIG(tooltip)
        self.history_tabs.setTabText(self.history_tabs.indexOf(self.calls_page), QCoreApplication.translate("ContactsTab", u"Calls", None))
        self.history_tabs.setTabText(self.history_tabs.indexOf(self.cadences_page), QCoreApplication.translate("ContactsTab", u"Cadences", None))
        pass
    # retranslateUi

