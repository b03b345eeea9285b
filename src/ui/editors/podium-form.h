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

GtkWidget *podium_form_entry_row   (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
/* A comma-separated list for a strv property ("tags") */
GtkWidget *podium_form_list_row    (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
/* An int date (days since 1970) in words ("Monday, 20 November 2023"), read back as
 * typed (podium_labels_parse_date()), with a calendar to pick from */
GtkWidget *podium_form_date_row    (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
/* An int clock time (minutes since midnight) as HH:MM */
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
/* One bit of a flags property, as a switch */
GtkWidget *podium_form_flag_row    (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    guint                flag,
                                    const char          *title);
/* An enum property; @label gives the name of each value 0 … @n_values - 1 */
GtkWidget *podium_form_enum_row    (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title,
                                    PodiumFormLabelFunc  label,
                                    int                  n_values);
/* An object property referring to an item of @items, or none (@none_label) */
GtkWidget *podium_form_ref_row     (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title,
                                    GListModel          *items,
                                    const char          *none_label);
GtkWidget *podium_form_color_row   (PodiumDocument      *document,
                                    gpointer             object,
                                    const char          *property,
                                    const char          *title);
/* Several lines of text, framed, for a group of its own */
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
