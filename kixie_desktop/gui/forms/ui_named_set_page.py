# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'named_set_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_NamedSetPage(object):
    def setupUi(self, NamedSetPage):
        if not NamedSetPage.objectName():
            NamedSetPage.setObjectName(u"NamedSetPage")
        self.page_layout = QVBoxLayout(NamedSetPage)
        self.page_layout.setObjectName(u"page_layout")
        self.hint_label = QLabel(NamedSetPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.items_list = QListWidget(NamedSetPage)
        self.items_list.setObjectName(u"items_list")
        self.items_list.setMaximumSize(QSize(240, 16777215))

        self.list_layout.addWidget(self.items_list)

        self.new_button = QPushButton(NamedSetPage)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.list_layout.addWidget(self.new_button)


        self.body_layout.addLayout(self.list_layout)

        self.details_group = QGroupBox(NamedSetPage)
        self.details_group.setObjectName(u"details_group")
        self.details_layout = QFormLayout(self.details_group)
        self.details_layout.setObjectName(u"details_layout")
        self.name_label = QLabel(self.details_group)
        self.name_label.setObjectName(u"name_label")

        self.details_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setObjectName(u"name_box")
        self.name_edit = QLineEdit(self.details_group)
        self.name_edit.setObjectName(u"name_edit")

        self.name_box.addWidget(self.name_edit)

        self.name_error = QLabel(self.details_group)
        self.name_error.setObjectName(u"name_error")

        self.name_box.addWidget(self.name_error)


        self.details_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.choices_label = QLabel(self.details_group)
        self.choices_label.setObjectName(u"choices_label")

        self.details_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.choices_label)

        self.choices_outer = QVBoxLayout()
        self.choices_outer.setObjectName(u"choices_outer")
        self.choices_scroll = QScrollArea(self.details_group)
        self.choices_scroll.setObjectName(u"choices_scroll")
        self.choices_scroll.setWidgetResizable(True)
        self.choices_box = QWidget()
        self.choices_box.setObjectName(u"choices_box")
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setObjectName(u"choices_layout")
        self.choices_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choices_layout.addItem(self.choices_spacer)

        self.choices_scroll.setWidget(self.choices_box)

        self.choices_outer.addWidget(self.choices_scroll)

        self.choices_error = QLabel(self.details_group)
        self.choices_error.setObjectName(u"choices_error")

        self.choices_outer.addWidget(self.choices_error)


        self.details_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.choices_outer)

        self.save_button = QPushButton(self.details_group)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.details_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.save_button)


        self.body_layout.addWidget(self.details_group)


        self.page_layout.addLayout(self.body_layout)

        self.message_label = QLabel(NamedSetPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.page_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NamedSetPage)

        QMetaObject.connectSlotsByName(NamedSetPage)
    # setupUi

    def retranslateUi(self, NamedSetPage):
        self.new_button.setText(QCoreApplication.translate("NamedSetPage", u"&New", None))
        self.name_label.setText(QCoreApplication.translate("NamedSetPage", u"&Name", None))
        self.save_button.setText(QCoreApplication.translate("NamedSetPage", u"&Save", None))
        pass
    # retranslateUi

