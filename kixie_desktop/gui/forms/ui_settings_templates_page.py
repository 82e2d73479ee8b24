# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_templates_page.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SettingsTemplatesPage(object):
    def setupUi(self, SettingsTemplatesPage):
        if not SettingsTemplatesPage.objectName():
            SettingsTemplatesPage.setObjectName(u"SettingsTemplatesPage")
        self.templates_layout = QHBoxLayout(SettingsTemplatesPage)
        self.templates_layout.setObjectName(u"templates_layout")
        self.list_column = QVBoxLayout()
        self.list_column.setObjectName(u"list_column")
        self.templates_list = QListWidget(SettingsTemplatesPage)
        self.templates_list.setObjectName(u"templates_list")
        self.templates_list.setMaximumSize(QSize(220, 16777215))

        self.list_column.addWidget(self.templates_list)

        self.new_template_button = QPushButton(SettingsTemplatesPage)
        self.new_template_button.setObjectName(u"new_template_button")

        self.list_column.addWidget(self.new_template_button)


        self.templates_layout.addLayout(self.list_column)

        self.editor_column = QVBoxLayout()
        self.editor_column.setObjectName(u"editor_column")
        self.editor_form = QFormLayout()
        self.editor_form.setObjectName(u"editor_form")
        self.name_label = QLabel(SettingsTemplatesPage)
        self.name_label.setObjectName(u"name_label")

        self.editor_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(SettingsTemplatesPage)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(120)

        self.editor_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(SettingsTemplatesPage)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)

        self.editor_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.body_label = QLabel(SettingsTemplatesPage)
        self.body_label.setObjectName(u"body_label")

        self.editor_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.body_label)

        self.body_edit = QPlainTextEdit(SettingsTemplatesPage)
        self.body_edit.setObjectName(u"body_edit")
        self.body_edit.setTabChangesFocus(True)

        self.editor_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.body_edit)

        self.merge_field_button = QPushButton(SettingsTemplatesPage)
        self.merge_field_button.setObjectName(u"merge_field_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.merge_field_button.sizePolicy().hasHeightForWidth())
        self.merge_field_button.setSizePolicy(sizePolicy)

        self.editor_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.merge_field_button)

        self.body_error = QLabel(SettingsTemplatesPage)
        self.body_error.setObjectName(u"body_error")
        self.body_error.setWordWrap(True)

        self.editor_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.body_error)

        self.blank_field_hint = QLabel(SettingsTemplatesPage)
        self.blank_field_hint.setObjectName(u"blank_field_hint")
        self.blank_field_hint.setWordWrap(True)

        self.editor_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.blank_field_hint)


        self.editor_column.addLayout(self.editor_form)

        self.preview_group = QGroupBox(SettingsTemplatesPage)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.sample_caption = QLabel(self.preview_group)
        self.sample_caption.setObjectName(u"sample_caption")

        self.preview_layout.addWidget(self.sample_caption)

        self.sample_preview = QLabel(self.preview_group)
        self.sample_preview.setObjectName(u"sample_preview")
        self.sample_preview.setWordWrap(True)
        self.sample_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.sample_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_layout.addWidget(self.sample_preview)

        self.length_label = QLabel(self.preview_group)
        self.length_label.setObjectName(u"length_label")
        self.length_label.setWordWrap(True)

        self.preview_layout.addWidget(self.length_label)

        self.bare_caption = QLabel(self.preview_group)
        self.bare_caption.setObjectName(u"bare_caption")

        self.preview_layout.addWidget(self.bare_caption)

        self.bare_preview = QLabel(self.preview_group)
        self.bare_preview.setObjectName(u"bare_preview")
        self.bare_preview.setWordWrap(True)
        self.bare_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.bare_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_layout.addWidget(self.bare_preview)


        self.editor_column.addWidget(self.preview_group)

        self.save_row = QHBoxLayout()
        self.save_row.setObjectName(u"save_row")
        self.message_line = QLabel(SettingsTemplatesPage)
        self.message_line.setObjectName(u"message_line")
        self.message_line.setWordWrap(True)

        self.save_row.addWidget(self.message_line)

        self.save_button = QPushButton(SettingsTemplatesPage)
        self.save_button.setObjectName(u"save_button")

        self.save_row.addWidget(self.save_button)

        self.save_row.setStretch(0, 1)

        self.editor_column.addLayout(self.save_row)


        self.templates_layout.addLayout(self.editor_column)

        self.templates_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.body_label.setBuddy(self.body_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsTemplatesPage)

        QMetaObject.connectSlotsByName(SettingsTemplatesPage)
    # setupUi

    def retranslateUi(self, SettingsTemplatesPage):
#if QT_CONFIG(accessibility)
        self.templates_list.setAccessibleName(QCoreApplication.translate("SettingsTemplatesPage", u"SMS templates", None))
#endif // QT_CONFIG(accessibility)
        self.new_template_button.setText(QCoreApplication.translate("SettingsTemplatesPage", u"&New template", None))
        self.name_label.setText(QCoreApplication.translate("SettingsTemplatesPage", u"Na&me", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("SettingsTemplatesPage", u"e.g. Welcome", None))
        self.body_label.setText(QCoreApplication.translate("SettingsTemplatesPage", u"&Text", None))
        self.body_edit.setPlaceholderText(QCoreApplication.translate("SettingsTemplatesPage", u"Hi {{contact.first_name|there}}, this is {{agent.first_name|the team}} from {{account.name}}\u2026", None))
        self.merge_field_button.setText(QCoreApplication.translate("SettingsTemplatesPage", u"Insert merge &field", None))
#if QT_CONFIG(tooltip)
        self.merge_field_button.setToolTip(QCoreApplication.translate("SettingsTemplatesPage", u"Put a merge field, such as the contact's first name, where the cursor is", None))
#endif // QT_CONFIG(tooltip)
        self.preview_group.setTitle(QCoreApplication.translate("SettingsTemplatesPage", u"Preview", None))
        self.save_button.setText(QCoreApplication.translate("SettingsTemplatesPage", u"&Save template", None))
        pass
    # retranslateUi

