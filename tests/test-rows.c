/* test-rows.c — the form's row classes, bound by their properties, in a real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row class, made with only its "property-name" (as a .ui file makes it, before
 * its template binds it), is empty and insensitive; bound to an object and a document, in
 * that order, it shows the object's value; what the user types or chooses is written to
 * the object as one undo step, and Undo shows the old value again; another object makes it
 * show that one's value, no object makes it empty. The properties read back what was set.
 * Afterwards the row, the objects and the document are finalized.
 *
 * And a template editor (the room's, the participant's) shows and edits its object through
 * the rows of its .ui; the rows of every template editor are bound to its object.
 */

#include "config.h"

#include <adwaita.h>

#include "podium-editors.h"
#include "podium-form.h"
#include "podium-test-util.h"
#include "podium-video-panel.h"

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found)
        return found;
    }
  return NULL;
}

static char *
combo_text (GtkWidget *row)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  if (model == NULL || selected >= g_list_model_get_n_items (model))
    return g_strdup ("");
  return g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model), selected));
}

/* What each kind of row shows, as text */

static char *
shown_entry (GtkWidget *row)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* an unbound spin row hides its number */
static char *
shown_spin (GtkWidget *row)
{
  GtkWidget *spin = find_widget (row, GTK_TYPE_SPIN_BUTTON);

  return g_strdup (gtk_widget_get_visible (spin) ? gtk_editable_get_text (GTK_EDITABLE (spin)) : "");
}

static char *
shown_switch (GtkWidget *row)
{
  return g_strdup (gtk_switch_get_active (GTK_SWITCH (find_widget (row, GTK_TYPE_SWITCH))) ? "on" : "off");
}

static char *
shown_color (GtkWidget *row)
{
  GdkRGBA rgba;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (find_widget (row, GTK_TYPE_COLOR_BUTTON)), &rgba);
  return g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + .5),
                          (int) (rgba.green * 255 + .5), (int) (rgba.blue * 255 + .5));
}

static char *
shown_text_area (GtkWidget *row)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_widget (row, GTK_TYPE_TEXT_VIEW)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What the user does with each kind of row */

static void
type_into_entry (GtkWidget  *row,
                 const char *text)
{
  g_autoptr(GString) typed = g_string_new (gtk_editable_get_text (GTK_EDITABLE (row)));

  /* key by key, as the user types; then Enter */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_string_truncate (typed, 0);
  for (const char *p = text; *p; p++)
    {
      g_string_append_c (typed, *p);
      gtk_editable_set_text (GTK_EDITABLE (row), typed->str);
    }
  g_signal_emit_by_name (row, "entry-activated");
}

static void
type_name (GtkWidget *row)
{
  type_into_entry (row, "Hall B");
}

static void
type_tags (GtkWidget *row)
{
  type_into_entry (row, "panel,  workshop ,");
}

static void
type_clock (GtkWidget *row)
{
  type_into_entry (row, "9.30");
}

static void
type_date (GtkWidget *row)
{
  type_into_entry (row, "21.11.2023");
}

static void
spin_to_120 (GtkWidget *row)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (row, GTK_TYPE_SPIN_BUTTON)), 120);
}

static void
switch_on (GtkWidget *row)
{
  gtk_switch_set_active (GTK_SWITCH (find_widget (row, GTK_TYPE_SWITCH)), TRUE);
}

static void
choose_second (GtkWidget *row)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
}

static void
choose_red (GtkWidget *row)
{
  GtkWidget *button = find_widget (row, GTK_TYPE_COLOR_BUTTON);
  GdkRGBA red = { 1, 0, 0, 1 };

  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (button), &red);
  g_signal_emit_by_name (button, "color-set");
}

static void
type_notes (GtkWidget *row)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_widget (row, GTK_TYPE_TEXT_VIEW)));

  gtk_text_buffer_set_text (buffer, "", -1);
  for (const char *p = "Bring keys"; *p; p++)
    gtk_text_buffer_insert_at_cursor (buffer, p, 1);
}

static char *
stored (GObject    *object,
        const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, property, &value);
  return g_strdup_value_contents (&value);
}

#define assert_shown(row, shown, expected) \
  G_STMT_START { \
    g_autofree char *text_ = shown (row); \
    g_assert_cmpstr (text_, ==, expected); \
  } G_STMT_END

typedef char *(*ShownFunc)  (GtkWidget *row);
typedef void  (*ChangeFunc) (GtkWidget *row);

/* @row: made with only its property name. @a and @b hold different values; the document
 * has no undo step yet. Finalizes the row, the objects and the document. */
static void
check_row (GtkWidget      *row,
           PodiumDocument *document,
           GObject        *a,
           GObject        *b,
           ShownFunc       shown,
           ChangeFunc      change,
           const char     *shown_empty,
           const char     *shown_a,
           const char     *shown_b,
           const char     *shown_changed,
           const char     *stored_changed)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *property = NULL;
  g_autofree char *stored_a = NULL;
  g_autoptr(GObject) got_object = NULL;
  g_autoptr(PodiumDocument) got_document = NULL;

  g_object_get (row, "property-name", &property, NULL);
  stored_a = stored (a, property);

  g_object_ref_sink (row);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  podium_test_spin (50);

  /* not bound: empty, and nothing to use */
  assert_shown (row, shown, shown_empty);
  g_assert_false (gtk_widget_get_sensitive (row));

  /* the object first, then the document, as a template may bind them */
  g_object_set (row, "object", a, NULL);
  assert_shown (row, shown, shown_empty);
  g_assert_false (gtk_widget_get_sensitive (row));
  g_object_set (row, "document", document, NULL);
  assert_shown (row, shown, shown_a);
  g_assert_true (gtk_widget_get_sensitive (row));
  g_object_get (row, "object", &got_object, "document", &got_document, NULL);
  g_assert_true (got_object == a);
  g_assert_true (got_document == document);

  /* the user's change: written to the object, as one undo step */
  g_assert_false (podium_document_can_undo (document));
  change (row);
  podium_test_spin (20);
  assert_shown (row, shown, shown_changed);
  {
    g_autofree char *now = stored (a, property);

    g_assert_cmpstr (now, ==, stored_changed);
  }
  g_assert_true (podium_document_can_undo (document));
  podium_document_undo (document);
  g_assert_false (podium_document_can_undo (document));
  {
    g_autofree char *now = stored (a, property);

    g_assert_cmpstr (now, ==, stored_a);
  }
  assert_shown (row, shown, shown_a);

  /* another object: its value */
  g_object_set (row, "object", b, NULL);
  assert_shown (row, shown, shown_b);
  g_assert_true (gtk_widget_get_sensitive (row));

  /* a step elsewhere, then undone: the row follows the document */
  podium_document_redo (document);
  assert_shown (row, shown, shown_b);

  /* no object: empty again */
  g_object_set (row, "object", NULL, NULL);
  assert_shown (row, shown, shown_empty);
  g_assert_false (gtk_widget_get_sensitive (row));

  g_clear_object (&got_object);
  g_clear_object (&got_document);
  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (20);
  g_assert_finalize_object (row);
  g_assert_finalize_object (document);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
}

static PodiumDocument *
document_with (gpointer a,
               gpointer b)
{
  PodiumDocument *document = podium_document_new ();

  if (!PODIUM_IS_CONFERENCE (a))
    {
      podium_document_add (document, a);
      podium_document_add (document, b);
    }
  podium_document_clear_history (document);
  return document;
}

static GtkWidget *
row_for (GType       type,
         const char *property)
{
  return g_object_new (type, "property-name", property, "title", "_Field", NULL);
}

static void
test_text_row (void)
{
  PodiumRoom *a = podium_room_new ();
  PodiumRoom *b = podium_room_new ();

  g_object_set (a, "name", "Hall A", NULL);
  g_object_set (b, "name", "Foyer", NULL);
  check_row (row_for (PODIUM_TYPE_TEXT_ROW, "name"), document_with (a, b),
             G_OBJECT (a), G_OBJECT (b), shown_entry, type_name,
             "", "Hall A", "Foyer", "Hall B", "\"Hall B\"");
}

static void
test_text_row_list (void)
{
  PodiumSession *a = podium_session_new ();
  PodiumSession *b = podium_session_new ();
  const char *tags_a[] = { "talk", NULL };
  const char *tags_b[] = { "break", "food", NULL };
  const char *typed[] = { "panel", "workshop", NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *expected = NULL;

  g_object_set (a, "tags", tags_a, NULL);
  g_object_set (b, "tags", tags_b, NULL);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, typed);
  expected = g_strdup_value_contents (&value);
  check_row (row_for (PODIUM_TYPE_TEXT_ROW, "tags"), document_with (a, b),
             G_OBJECT (a), G_OBJECT (b), shown_entry, type_tags,
             "", "talk", "break, food", "panel, workshop", expected);
}

static void
test_clock_row (void)
{
  PodiumConference *a = podium_conference_new ();
  PodiumConference *b = podium_conference_new ();

  g_object_set (a, "day-start", 8 * 60, NULL);
  g_object_set (b, "day-start", 10 * 60, NULL);
  check_row (row_for (PODIUM_TYPE_CLOCK_ROW, "day-start"), document_with (a, b),
             G_OBJECT (a), G_OBJECT (b), shown_entry, type_clock,
             "", "08:00", "10:00", "09:30", "570");
}

static void
test_date_row (void)
{
  PodiumConference *a = podium_conference_new ();
  PodiumConference *b = podium_conference_new ();
  int typed;
  g_autofree char *shown_a = NULL;
  g_autofree char *shown_b = NULL;
  g_autofree char *shown_typed = NULL;
  g_autofree char *stored_typed = NULL;

  g_assert_true (podium_labels_parse_date ("21.11.2023", &typed));
  g_object_set (a, "start-date", typed - 1, NULL);
  g_object_set (b, "start-date", typed + 7, NULL);
  shown_a = podium_labels_date (typed - 1);
  shown_b = podium_labels_date (typed + 7);
  shown_typed = podium_labels_date (typed);
  stored_typed = g_strdup_printf ("%d", typed);
  check_row (row_for (PODIUM_TYPE_DATE_ROW, "start-date"), document_with (a, b),
             G_OBJECT (a), G_OBJECT (b), shown_entry, type_date,
             "", shown_a, shown_b, shown_typed, stored_typed);
}

/* A time that cannot be read stays, marked, on Enter; the plan keeps its time */
static void
test_clock_row_error (void)
{
  g_autoptr(PodiumDocument) document = podium_document_new ();
  PodiumConference *conference = podium_document_get_conference (document);
  GtkWidget *row;

  g_object_set (conference, "day-start", 9 * 60, NULL);
  row = g_object_ref_sink (podium_form_clock_row (document, conference, "day-start", "_Starts"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "09:00");
  type_into_entry (row, "25:99");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "25:99");
  g_assert_cmpint (podium_conference_get_day_start (conference), ==, 9 * 60);
  g_assert_false (podium_document_can_undo (document));
  type_into_entry (row, "10:15");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpint (podium_conference_get_day_start (conference), ==, 10 * 60 + 15);
  g_assert_finalize_object (row);
}

static void
test_spin_row (void)
{
  PodiumRoom *a = podium_room_new ();
  PodiumRoom *b = podium_room_new ();
  GtkWidget *row = g_object_new (PODIUM_TYPE_SPIN_ROW, "property-name", "capacity",
                                 "lower", 0, "upper", 1000, "step", 5, NULL);
  int lower, upper, step;

  g_object_get (row, "lower", &lower, "upper", &upper, "step", &step, NULL);
  g_assert_cmpint (lower, ==, 0);
  g_assert_cmpint (upper, ==, 1000);
  g_assert_cmpint (step, ==, 5);
  g_object_set (a, "capacity", 40, NULL);
  g_object_set (b, "capacity", 300, NULL);
  check_row (row, document_with (a, b), G_OBJECT (a), G_OBJECT (b), shown_spin, spin_to_120,
             "", "40", "300", "120", "120");
}

static void
test_switch_row_flag (void)
{
  PodiumRoom *a = podium_room_new ();
  PodiumRoom *b = podium_room_new ();
  GtkWidget *row = g_object_new (PODIUM_TYPE_SWITCH_ROW, "property-name", "equipment",
                                 "flag", PODIUM_EQUIPMENT_PROJECTOR, NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *expected = NULL;
  guint flag;

  g_object_get (row, "flag", &flag, NULL);
  g_assert_cmpuint (flag, ==, PODIUM_EQUIPMENT_PROJECTOR);
  g_object_set (a, "equipment", PODIUM_EQUIPMENT_AUDIO, NULL);
  g_object_set (b, "equipment", PODIUM_EQUIPMENT_PROJECTOR, NULL);
  g_value_init (&value, PODIUM_TYPE_EQUIPMENT);
  g_value_set_flags (&value, PODIUM_EQUIPMENT_AUDIO | PODIUM_EQUIPMENT_PROJECTOR);
  expected = g_strdup_value_contents (&value);
  check_row (row, document_with (a, b), G_OBJECT (a), G_OBJECT (b), shown_switch, switch_on,
             "off", "off", "on", "on", expected);
}

static void
test_enum_row (void)
{
  PodiumRoom *a = podium_room_new ();
  PodiumRoom *b = podium_room_new ();
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *expected = NULL;

  g_object_set (a, "kind", 0, NULL);
  g_object_set (b, "kind", 2, NULL);
  g_value_init (&value, PODIUM_TYPE_ROOM_KIND);
  g_value_set_enum (&value, 1);
  expected = g_strdup_value_contents (&value);
  check_row (row_for (PODIUM_TYPE_ENUM_ROW, "kind"), document_with (a, b),
             G_OBJECT (a), G_OBJECT (b), combo_text, choose_second,
             "", podium_labels_room_kind (0), podium_labels_room_kind (2),
             podium_labels_room_kind (1), expected);
}

static void
test_ref_row (void)
{
  PodiumPerson *a = podium_person_new ();
  PodiumPerson *b = podium_person_new ();
  PodiumDocument *document = document_with (a, b);
  g_autoptr(PodiumOrganization) first = podium_organization_new ();
  g_autoptr(PodiumOrganization) second = podium_organization_new ();
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *expected = NULL;

  g_object_set (first, "name", "First Org", NULL);
  g_object_set (second, "name", "Second Org", NULL);
  podium_document_add (document, first);
  podium_document_add (document, second);
  g_object_set (b, "organization", second, NULL);
  podium_document_clear_history (document);
  g_value_init (&value, PODIUM_TYPE_ORGANIZATION);
  g_value_set_object (&value, first);
  expected = g_strdup_value_contents (&value);
  g_clear_object (&first);
  g_clear_object (&second);
  check_row (row_for (PODIUM_TYPE_REF_ROW, "organization"), document,
             G_OBJECT (a), G_OBJECT (b), combo_text, choose_second,
             "", "None", "Second Org", "First Org", expected);
}

static void
count_refresh_cb (guint *count)
{
  (*count)++;
}

/* A row re-reads its value only after a step that set its own property of its own
 * object (for a choice of objects, also one that changed those objects). The objects are
 * changed behind the document's back first, so a row that re-read after any other step
 * would show the value set there. */
static void
test_rows_skip_unrelated (void)
{
  PodiumRoom *a = podium_room_new ();
  PodiumRoom *b = podium_room_new ();
  PodiumDocument *document = document_with (a, b);
  g_autoptr(PodiumPerson) p = podium_person_new ();
  g_autoptr(PodiumPerson) q = podium_person_new ();
  g_autoptr(PodiumOrganization) first = podium_organization_new ();
  g_autoptr(PodiumOrganization) second = podium_organization_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *name = g_object_ref_sink (row_for (PODIUM_TYPE_TEXT_ROW, "name"));
  GtkWidget *kind = g_object_ref_sink (row_for (PODIUM_TYPE_ENUM_ROW, "kind"));
  GtkWidget *organization = g_object_ref_sink (row_for (PODIUM_TYPE_REF_ROW, "organization"));
  guint text_set = 0;

  g_object_set (a, "name", "Hall A", "kind", 0, NULL);
  g_object_set (b, "name", "Foyer", NULL);
  g_object_set (first, "name", "First Org", NULL);
  g_object_set (second, "name", "Second Org", NULL);
  podium_document_add (document, p);
  podium_document_add (document, q);
  podium_document_add (document, first);
  podium_document_add (document, second);
  podium_document_clear_history (document);

  gtk_list_box_append (GTK_LIST_BOX (list), name);
  gtk_list_box_append (GTK_LIST_BOX (list), kind);
  gtk_list_box_append (GTK_LIST_BOX (list), organization);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  g_object_set (name, "object", a, "document", document, NULL);
  g_object_set (kind, "object", a, "document", document, NULL);
  g_object_set (organization, "object", p, "document", document, NULL);
  podium_test_spin (50);
  assert_shown (name, shown_entry, "Hall A");
  assert_shown (kind, combo_text, podium_labels_room_kind (0));
  assert_shown (organization, combo_text, "None");
  g_signal_connect_swapped (name, "notify::text", G_CALLBACK (count_refresh_cb), &text_set);

  /* Behind the document's back: no step, no row re-reads */
  g_object_set (a, "name", "Behind", "kind", 2, NULL);
  g_object_set (p, "organization", second, NULL);

  /* Steps that set other properties, or the same property of other objects, and
   * their undo */
  podium_document_edit (document, b, "name", "Foyer 2", NULL);
  podium_document_edit (document, b, "kind", 1, NULL);
  podium_document_edit (document, a, "capacity", 40, NULL);
  podium_document_edit (document, q, "name", "Quentin", NULL);
  podium_document_edit (document, q, "organization", first, NULL);
  podium_document_edit (document, p, "email", "p@example.org", NULL);
  podium_document_undo (document);
  podium_test_spin (20);
  assert_shown (name, shown_entry, "Hall A");
  assert_shown (kind, combo_text, podium_labels_room_kind (0));
  assert_shown (organization, combo_text, "None");
  g_assert_cmpuint (text_set, ==, 0);

  /* A step that set the name of a: the name row re-reads, the kind row does not */
  podium_document_edit (document, a, "name", "Hall C", NULL);
  assert_shown (name, shown_entry, "Hall C");
  assert_shown (kind, combo_text, podium_labels_room_kind (0));
  assert_shown (organization, combo_text, "None");
  g_assert_cmpuint (text_set, ==, 1);
  podium_document_edit (document, a, "kind", 1, NULL);
  assert_shown (kind, combo_text, podium_labels_room_kind (1));
  assert_shown (organization, combo_text, "None");
  g_assert_cmpuint (text_set, ==, 1);

  /* A renamed organisation changes what the choice of organisations shows */
  podium_document_edit (document, first, "name", "First Organisation", NULL);
  assert_shown (organization, combo_text, "Second Org");
  podium_document_edit (document, p, "organization", first, NULL);
  assert_shown (organization, combo_text, "First Organisation");
  assert_shown (name, shown_entry, "Hall C");
  g_assert_cmpuint (text_set, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (20);
  g_assert_finalize_object (name);
  g_assert_finalize_object (kind);
  g_assert_finalize_object (organization);
  g_clear_object (&p);
  g_clear_object (&q);
  g_clear_object (&first);
  g_clear_object (&second);
  g_assert_finalize_object (document);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
}

static void
test_color_row (void)
{
  PodiumRoom *a = podium_room_new ();
  PodiumRoom *b = podium_room_new ();

  g_object_set (a, "color", "#00ff00", NULL);
  g_object_set (b, "color", "#0000ff", NULL);
  check_row (row_for (PODIUM_TYPE_COLOR_ROW, "color"), document_with (a, b),
             G_OBJECT (a), G_OBJECT (b), shown_color, choose_red,
             "#999999", "#00ff00", "#0000ff", "#ff0000", "\"#ff0000\"");
}

static void
test_text_area (void)
{
  PodiumPerson *a = podium_person_new ();
  PodiumPerson *b = podium_person_new ();
  GtkWidget *row = g_object_new (PODIUM_TYPE_TEXT_AREA, "property-name", "notes",
                                 "title", "Notes", NULL);

  g_object_set (a, "notes", "Old notes", NULL);
  g_object_set (b, "notes", "Other", NULL);
  check_row (row, document_with (a, b), G_OBJECT (a), G_OBJECT (b), shown_text_area, type_notes,
             "", "Old notes", "Other", "Bring keys", "\"Bring keys\"");
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found)
        return found;
    }
  return NULL;
}

/* The room editor's rows come from its .ui, bound to the editor's room */
static void
test_room_editor (void)
{
  PodiumDocument *document = podium_document_new ();
  g_autoptr(PodiumRoom) room = podium_room_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor;
  GtkWidget *row;

  g_object_set (room, "name", "Plenarsaal", "capacity", 250, NULL);
  podium_document_add (document, room);
  podium_document_clear_history (document);
  editor = g_object_ref_sink (podium_editor_new (document, room));
  g_assert_true (PODIUM_IS_ROOM_EDITOR (editor));
  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  podium_test_spin (100);

  row = find_row (editor, "_Name");
  g_assert_true (PODIUM_IS_TEXT_ROW (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Plenarsaal");
  assert_shown (find_row (editor, "_Capacity"), shown_spin, "250");
  assert_shown (find_row (editor, "_Kind"), combo_text, podium_labels_room_kind (0));
  row = find_row (editor, podium_labels_equipment (PODIUM_EQUIPMENT_PROJECTOR));
  assert_shown (row, shown_switch, "off");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (editor, "Place in the Schedule"))),
                   ==, "Column 1 of 1");

  type_into_entry (find_row (editor, "_Name"), "Hall B");
  g_assert_cmpstr (podium_room_get_name (room), ==, "Hall B");
  switch_on (row);
  g_assert_cmpuint (podium_room_get_equipment (room), ==, PODIUM_EQUIPMENT_PROJECTOR);
  podium_document_undo (document);
  podium_document_undo (document);
  g_assert_cmpstr (podium_room_get_name (room), ==, "Plenarsaal");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (editor, "_Name"))), ==, "Plenarsaal");

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (20);
  g_assert_finalize_object (editor);
  g_assert_finalize_object (document);
  g_assert_finalize_object (g_steal_pointer (&room));
}

/* The titles of the groups of an editor page, in order, joined by "|" */
static void
collect_group_titles (GtkWidget *widget,
                      GString   *titles)
{
  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));

      g_string_append_printf (titles, "%s%s", titles->len ? "|" : "",
                              title && *title ? title : "(untitled)");
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_group_titles (child, titles);
}

static guint
count_rows_titled (GtkWidget  *widget,
                   const char *title)
{
  guint n = ADW_IS_PREFERENCES_ROW (widget) &&
            g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows_titled (child, title);
  return n;
}

/* The participant editor's rows come from its .ui, bound to the editor's participant; the
 * plan's parallel blocks, a group each, stand between them and the notes */
static void
test_participant_editor (void)
{
  PodiumDocument *document = podium_test_load_example ();
  g_autoptr(PodiumParticipant) participant = podium_participant_new ();
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (document);
  g_autoptr(GString) expected = g_string_new ("");
  g_autoptr(GString) titles = g_string_new ("");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor;
  GtkWidget *row;

  g_assert_cmpuint (blocks->len, >, 0);
  g_object_set (participant, "name", "Ada Example", "region", "Nord", NULL);
  podium_document_add (document, participant);
  podium_document_clear_history (document);
  editor = g_object_ref_sink (podium_editor_new (document, participant));
  g_assert_true (PODIUM_IS_PARTICIPANT_EDITOR (editor));
  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  podium_test_spin (100);

  row = find_row (editor, "_Name");
  g_assert_true (PODIUM_IS_TEXT_ROW (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Ada Example");
  assert_shown (find_row (editor, "Re_gion"), shown_entry, "Nord");
  assert_shown (find_row (editor, "_Status"), combo_text,
                podium_participant_status_label (podium_participant_get_status (participant)));
  g_assert_true (PODIUM_IS_REF_ROW (find_row (editor, "_Organisation")));
  assert_shown (find_row (editor, "_Organisation"), combo_text, "None of These");

  for (guint i = 0; i < blocks->len; i++)
    {
      g_autofree char *label = podium_editor_block_label (g_ptr_array_index (blocks, i));

      g_string_append_printf (expected, "|%s", label);
    }
  g_string_append (expected, "|Notes");
  g_string_prepend (expected, "(untitled)");
  collect_group_titles (editor, titles);
  g_assert_cmpstr (titles->str, ==, expected->str);
  g_assert_cmpuint (count_rows_titled (editor, "_First Choice"), ==, blocks->len);
  g_assert_cmpuint (count_rows_titled (editor, "S_econd Choice"), ==, blocks->len);
  g_assert_cmpuint (count_rows_titled (editor, "_Assigned To"), ==, blocks->len);

  type_into_entry (find_row (editor, "_Name"), "Grace Example");
  g_assert_cmpstr (podium_participant_get_name (participant), ==, "Grace Example");
  podium_document_undo (document);
  g_assert_cmpstr (podium_participant_get_name (participant), ==, "Ada Example");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (editor, "_Name"))), ==, "Ada Example");

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (20);
  g_assert_finalize_object (editor);
  g_assert_finalize_object (document);
  g_assert_finalize_object (g_steal_pointer (&participant));
}

/* With no parallel blocks in the plan, the choices group says what a block is */
static void
test_participant_editor_no_blocks (void)
{
  PodiumDocument *document = podium_document_new ();
  g_autoptr(PodiumParticipant) participant = podium_participant_new ();
  g_autoptr(GString) titles = g_string_new ("");
  GtkWidget *editor;

  podium_document_add (document, participant);
  editor = g_object_ref_sink (podium_editor_new (document, participant));
  collect_group_titles (editor, titles);
  g_assert_cmpstr (titles->str, ==, "(untitled)|Choices|Notes");
  g_assert_cmpuint (count_rows_titled (editor, "_First Choice"), ==, 0);
  g_assert_finalize_object (editor);
  g_assert_finalize_object (document);
  g_assert_finalize_object (g_steal_pointer (&participant));
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);

      if (found)
        return found;
    }
  return NULL;
}

static gboolean
is_row_class (GtkWidget *widget)
{
  GType types[] = {
    PODIUM_TYPE_TEXT_ROW, PODIUM_TYPE_CLOCK_ROW, PODIUM_TYPE_DATE_ROW, PODIUM_TYPE_SPIN_ROW,
    PODIUM_TYPE_SWITCH_ROW, PODIUM_TYPE_ENUM_ROW, PODIUM_TYPE_REF_ROW, PODIUM_TYPE_COLOR_ROW,
    PODIUM_TYPE_TEXT_AREA,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (widget, types[i]))
      return TRUE;
  return FALSE;
}

/* Every row of the class types in @widget is bound to @object and @document and usable */
static guint
count_bound_rows (GtkWidget      *widget,
                  PodiumDocument *document,
                  gpointer        object)
{
  guint n = 0;

  if (is_row_class (widget))
    {
      g_autoptr(GObject) bound_object = NULL;
      g_autoptr(PodiumDocument) bound_document = NULL;
      g_autofree char *property = NULL;

      g_object_get (widget, "object", &bound_object, "document", &bound_document,
                    "property-name", &property, NULL);
      g_assert_true (bound_object == object);
      g_assert_true (bound_document == document);
      g_assert_nonnull (g_object_class_find_property (G_OBJECT_GET_CLASS (object), property));
      g_assert_true (gtk_widget_get_sensitive (widget));
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    n += count_bound_rows (child, document, object);
  return n;
}

/* The session editor's sections, declared in its .ui, are bound to its document and session,
 * and each shows that session: its start, its roles' form, its video panel */
static void
test_session_sections (void)
{
  PodiumDocument *document = podium_test_load_example ();
  g_autoptr(PodiumSession) session = g_list_model_get_item (podium_document_get_sessions (document), 0);
  const GType types[] = {
    PODIUM_TYPE_SESSION_WHEN_SECTION, PODIUM_TYPE_SESSION_ROLES_SECTION,
    PODIUM_TYPE_SESSION_VIDEO_SECTION,
  };
  const char *titles[] = { "Time and Place", "People and Organisations", "Video Message" };
  GtkWidget *editor = g_object_ref_sink (podium_editor_new (document, session));
  g_autoptr(GString) groups = g_string_new ("");
  g_autofree char *start = NULL;
  GtkWidget *section;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GObject) bound_object = NULL;
      g_autoptr(PodiumDocument) bound_document = NULL;

      section = find_of_type (editor, types[i]);
      g_assert_nonnull (section);
      g_object_get (section, "object", &bound_object, "document", &bound_document, NULL);
      g_assert_true (bound_object == G_OBJECT (session));
      g_assert_true (bound_document == document);
      g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (section)), ==, titles[i]);
    }
  collect_group_titles (editor, groups);
  g_assert_nonnull (strstr (groups->str, "(untitled)|Time and Place|People and Organisations|Video Message|Abstract"));

  /* what each makes in code, for this session */
  section = find_of_type (editor, PODIUM_TYPE_SESSION_WHEN_SECTION);
  g_assert_cmpint (podium_session_get_start (session), !=, PODIUM_TIME_NONE);
  start = podium_time_format_clock (podium_time_get_clock (podium_session_get_start (session)));
  g_assert_cmpuint (strlen (start), ==, 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (section, "_Start"))), ==, start);
  g_assert_cmpuint (count_bound_rows (section, document, session), ==, 1);  /* the length */
  section = find_of_type (editor, PODIUM_TYPE_SESSION_ROLES_SECTION);
  g_assert_nonnull (find_row (section, "Or a New Person’s Name"));
  section = find_of_type (editor, PODIUM_TYPE_SESSION_VIDEO_SECTION);
  g_assert_nonnull (find_of_type (section, PODIUM_TYPE_VIDEO_PANEL));
  g_assert_cmpint (gtk_widget_get_visible (section), ==,
                   podium_session_get_kind (session) == PODIUM_SESSION_VIDEO_MESSAGE);

  g_assert_finalize_object (editor);
  g_assert_finalize_object (document);
}

/* The rows of every template editor's .ui are bound to the editor's object */
static void
test_editors_bound (void)
{
  PodiumDocument *document = podium_test_load_example ();
  g_autoptr(PodiumParticipant) participant = podium_participant_new ();
  gpointer objects[6];
  /* the room's equipment rows and the participant's choices are made in code */
  const guint n_rows[6] = { 19, 9, 7, 7, 12, 8 };

  objects[0] = podium_document_get_conference (document);
  objects[1] = g_list_model_get_item (podium_document_get_sessions (document), 0);
  objects[2] = g_list_model_get_item (podium_document_get_people (document), 0);
  objects[3] = g_list_model_get_item (podium_document_get_organizations (document), 0);
  objects[4] = g_list_model_get_item (podium_document_get_rooms (document), 0);
  for (guint i = 1; i < 5; i++)
    g_object_unref (objects[i]);  /* the document keeps them */
  podium_document_add (document, participant);
  objects[5] = participant;

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      GtkWidget *editor = g_object_ref_sink (podium_editor_new (document, objects[i]));

      g_assert_cmpuint (count_bound_rows (editor, document, objects[i]), ==, n_rows[i]);
      g_assert_finalize_object (editor);
    }
  g_assert_finalize_object (document);
}

static void
skip_no_display (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_test_add_func ("/rows/no-display", skip_no_display);
      return g_test_run ();
    }
  adw_init ();
  g_test_add_func ("/rows/text", test_text_row);
  g_test_add_func ("/rows/text-list", test_text_row_list);
  g_test_add_func ("/rows/clock", test_clock_row);
  g_test_add_func ("/rows/clock-error", test_clock_row_error);
  g_test_add_func ("/rows/date", test_date_row);
  g_test_add_func ("/rows/spin", test_spin_row);
  g_test_add_func ("/rows/switch-flag", test_switch_row_flag);
  g_test_add_func ("/rows/enum", test_enum_row);
  g_test_add_func ("/rows/ref", test_ref_row);
  g_test_add_func ("/rows/skip-unrelated", test_rows_skip_unrelated);
  g_test_add_func ("/rows/color", test_color_row);
  g_test_add_func ("/rows/text-area", test_text_area);
  g_test_add_func ("/rows/room-editor", test_room_editor);
  g_test_add_func ("/rows/editors-bound", test_editors_bound);
  g_test_add_func ("/rows/participant-editor", test_participant_editor);
  g_test_add_func ("/rows/session-sections", test_session_sections);
  g_test_add_func ("/rows/participant-editor-no-blocks", test_participant_editor_no_blocks);
  return g_test_run ();
}
