/* podium-form.h — editor rows bound to one property of a model object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-labels.h"
#include "podium-model.h"

G_BEGIN_DECLS

/* Each row shows the current value of @property of @object and writes every change
 * through podium_document_edit(), so it can be undone. Rows follow the document: after
 * every step (an undo, an edit elsewhere) they show the value again.
 *
 * Free text is in the plan with every keystroke, without rewriting what is being typed;
 * the keystrokes until the row is left (or Enter) are one undo step. Times, dates and
 * custom entry rows, whose half-typed text means something else ("10" of "10:30"), are
 * applied on Enter and when the row loses focus. Text that cannot be read marks the row
 * as an error with the reason; on focus-out the row shows the stored value again.
 */
typedef const char *(*PodiumFormLabelFunc) (int value);

/* The row classes, for .ui files too. Each has the properties "document", "object" and
 * "property-name", which may be set in any order and changed at any time: the row then
 * shows the new object's value. A row without all three (an object of %NULL) is empty and
 * insensitive. Titles are AdwPreferencesRow's "title", with a mnemonic.
 *
 * PodiumTextRow: a string; a strv property ("tags") as a comma-separated list.
 * PodiumClockRow: an int clock time (minutes since midnight) as HH:MM.
 * PodiumDateRow: an int date (days since 1970) in words ("Monday, 20 November 2023"),
 *   read back as typed (podium_labels_parse_date()), with a calendar to pick from.
 * PodiumSpinRow: an int, between "lower" and "upper" in steps of "step".
 * PodiumSwitchRow: a boolean, or with "flag" one bit of a flags property.
 * PodiumEnumRow: an enum property, by the names podium_labels_*() give its values.
 * PodiumRefRow: an object property referring to an organisation, person, room or session
 *   of the document, or to none.
 * PodiumColorRow: a colour "#rrggbb", or none.
 * PodiumTextArea: several lines of text, framed, for a group of its own; "title" is the
 *   text's accessible name. */
#define PODIUM_TYPE_TEXT_ROW (podium_text_row_get_type ())
G_DECLARE_FINAL_TYPE (PodiumTextRow, podium_text_row, PODIUM, TEXT_ROW, AdwEntryRow)
#define PODIUM_TYPE_CLOCK_ROW (podium_clock_row_get_type ())
G_DECLARE_FINAL_TYPE (PodiumClockRow, podium_clock_row, PODIUM, CLOCK_ROW, AdwEntryRow)
#define PODIUM_TYPE_DATE_ROW (podium_date_row_get_type ())
G_DECLARE_FINAL_TYPE (PodiumDateRow, podium_date_row, PODIUM, DATE_ROW, AdwEntryRow)
#define PODIUM_TYPE_SPIN_ROW (podium_spin_row_get_type ())
G_DECLARE_FINAL_TYPE (PodiumSpinRow, podium_spin_row, PODIUM, SPIN_ROW, AdwActionRow)
#define PODIUM_TYPE_SWITCH_ROW (podium_switch_row_get_type ())
G_DECLARE_FINAL_TYPE (PodiumSwitchRow, podium_switch_row, PODIUM, SWITCH_ROW, AdwActionRow)
#define PODIUM_TYPE_ENUM_ROW (podium_enum_row_get_type ())
G_DECLARE_FINAL_TYPE (PodiumEnumRow, podium_enum_row, PODIUM, ENUM_ROW, AdwComboRow)
#define PODIUM_TYPE_REF_ROW (podium_ref_row_get_type ())
G_DECLARE_FINAL_TYPE (PodiumRefRow, podium_ref_row, PODIUM, REF_ROW, AdwComboRow)
#define PODIUM_TYPE_COLOR_ROW (podium_color_row_get_type ())
G_DECLARE_FINAL_TYPE (PodiumColorRow, podium_color_row, PODIUM, COLOR_ROW, AdwActionRow)
#define PODIUM_TYPE_TEXT_AREA (podium_text_area_get_type ())
G_DECLARE_FINAL_TYPE (PodiumTextArea, podium_text_area, PODIUM, TEXT_AREA, GtkFrame)

/* The same rows bound at once, for pages built in code */
GtkWidget *podium_form_entry_row   (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
GtkWidget *podium_form_date_row    (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
GtkWidget *podium_form_clock_row   (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
GtkWidget *podium_form_spin_row    (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title,
                                    const char          *subtitle,
                                    int                  min,
                                    int                  max,
                                    int                  step);
GtkWidget *podium_form_switch_row  (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title,
                                    const char          *subtitle);
GtkWidget *podium_form_flag_row    (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    guint                flag,
                                    const char          *title);
GtkWidget *podium_form_enum_row    (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
GtkWidget *podium_form_ref_row     (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
GtkWidget *podium_form_color_row   (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
GtkWidget *podium_form_text_view   (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *accessible_name);

/* Rows whose meaning the caller defines. @get returns the text (or the labels and the
 * selected position) for the current state; @set commits what the user typed or chose,
 * returning %FALSE for text it cannot read (the row then shows an error). */
typedef char     *(*PodiumFormGetText)    (gpointer    data);
typedef gboolean  (*PodiumFormSetText)    (gpointer    data,
                                           const char *text);
typedef GStrv     (*PodiumFormGetChoices) (gpointer    data,
                                           guint      *selected);
typedef void      (*PodiumFormChoose)     (gpointer    data,
                                           guint       position);

GtkWidget *podium_form_custom_entry_row (PodiumDocument       *document,
                                         const char           *title,
                                         PodiumFormGetText     get,
                                         PodiumFormSetText     set,
                                         gpointer              data,
                                         GDestroyNotify        destroy);
/* The tooltip of an entry row (@hint) and, for one that reads its text (a time, a date,
 * a custom entry row), what it says when the text cannot be read (@error_text) */
void       podium_form_entry_row_set_hint (GtkWidget  *row,
                                           const char *hint,
                                           const char *error_text);
GtkWidget *podium_form_custom_combo_row (PodiumDocument       *document,
                                         const char           *title,
                                         PodiumFormGetChoices  get,
                                         PodiumFormChoose      choose,
                                         gpointer              data,
                                         GDestroyNotify        destroy);
/* The same for an entry row or a combo row of a .ui, with its title */
void       podium_form_custom_entry_attach (GtkWidget            *row,
                                            PodiumDocument       *document,
                                            PodiumFormGetText     get,
                                            PodiumFormSetText     set,
                                            gpointer              data,
                                            GDestroyNotify        destroy);
void       podium_form_custom_combo_attach (GtkWidget            *row,
                                            PodiumDocument       *document,
                                            PodiumFormGetChoices  get,
                                            PodiumFormChoose      choose,
                                            gpointer              data,
                                            GDestroyNotify        destroy);

/* A combo row to choose an item of @items (or none) that is not bound to a property:
 * it follows the collection as the document changes and keeps the chosen item. */
GtkWidget *podium_form_object_combo_new          (PodiumDocument *document,
                                                  const char     *title,
                                                  GListModel     *items,
                                                  const char     *none_label);
gpointer   podium_form_object_combo_get_selected (GtkWidget      *combo);

/* Calls @refresh (@widget) after every document step until @widget is destroyed; the
 * "when shown" one only while @widget is mapped, and once when it is mapped again after
 * steps made while it was not (@widget must not hide itself in @refresh). */
void       podium_form_follow_document (GtkWidget      *widget,
                                        PodiumDocument *document,
                                        GCallback       refresh);
void       podium_form_follow_document_when_shown (GtkWidget      *widget,
                                                   PodiumDocument *document,
                                                   GCallback       refresh);

/* The display name of any document object: session title, person, organisation … */
char      *podium_form_object_label (gpointer            object);

/* The mouse wheel over @spin scrolls the page around it, and changes the number only
 * while the focus is in @spin (every podium_form_spin_row () does this) */
void       podium_form_spin_wheel_needs_focus (GtkWidget *spin);

G_END_DECLS
