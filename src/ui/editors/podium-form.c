/* podium-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-form.h"
#include "podium-labels.h"
#include "podium-accessible.h"

typedef enum
{
  FIELD_STRING,
  FIELD_STRV,
  FIELD_DATE,
  FIELD_CLOCK,
  FIELD_SPIN,
  FIELD_SWITCH,
  FIELD_FLAG,
  FIELD_ENUM,
  FIELD_REF,
  FIELD_COLOR,
  FIELD_TEXT,
  FIELD_CUSTOM_TEXT,
  FIELD_CUSTOM_COMBO,
  FIELD_OBJECT_COMBO,
} FieldKind;

typedef struct
{
  FieldKind       kind;
  PodiumDocument *document;
  GObject        *object;
  char           *property;
  GtkWidget      *row;        /* what the caller packs; owns this struct */
  GtkWidget      *input;      /* where the value is typed or chosen */
  GtkWidget      *calendar;
  gulong          doc_handler;
  /* document, object and property are all there (and the property on the object): a
   * row that is not bound shows nothing and cannot be used */
  gboolean        bound;
  gboolean        destroyed;
  gboolean        auto_list;  /* PodiumTextRow: a strv property is a comma-separated list */
  guint           flag;
  GListModel     *items;
  GPtrArray      *choices;    /* FIELD_REF: what each combo position means, [0] = none */
  char           *none_label;
  gboolean        updating;
  /* A time, a date, a custom entry: text typed but not yet applied (Enter, focus-out) */
  gboolean        pending;
  /* Text fields that parse what was typed: the reason shown while it cannot be read */
  char           *error_text;
  char           *hint;       /* the row's tooltip when the text is fine */
  GtkWidget      *error_icon;
  gboolean        in_error;
  /* FIELD_CUSTOM_* */
  PodiumFormGetText    get_text;
  PodiumFormSetText    set_text;
  PodiumFormGetChoices get_choices;
  PodiumFormChoose     choose;
  gpointer             data;
  GDestroyNotify       destroy;
  GStrv                labels;
  char                *title;  /* PodiumTextArea: the text view's accessible name */
} Field;

/* A control in a titled row is named by the title (the row says it labels the control);
 * only a colour button's own inner button needs the name given, without the mnemonic */
static void
name_color_button (GtkWidget  *button,
                   const char *title)
{
  g_autoptr(GString) plain = g_string_new (NULL);

  for (const char *p = title; *p; p++)
    if (*p != '_' || p[1] == '_')
      g_string_append_c (plain, *p);
  podium_accessible_name_inner_button (button, plain->str);
}

static void field_refresh_full (Field    *field,
                                gboolean  tidy);
static void set_error          (Field    *field,
                                gboolean  error);

static void
field_refresh (Field *field)
{
  field_refresh_full (field, FALSE);
}

static void
field_free (Field *field)
{
  g_clear_signal_handler (&field->doc_handler, field->document);
  g_clear_object (&field->document);
  g_clear_object (&field->object);
  g_clear_object (&field->items);
  g_clear_pointer (&field->choices, g_ptr_array_unref);
  g_free (field->property);
  g_free (field->none_label);
  g_free (field->error_text);
  g_free (field->hint);
  g_free (field->title);
  g_strfreev (field->labels);
  if (field->destroy)
    field->destroy (field->data);
  g_free (field);
}

/* Whether a step changed what @field shows: its property, and for a choice of objects
 * the objects' names too. What a custom row shows only its caller knows. */
static gboolean
field_concerned (Field           *field,
                 PodiumChangeSet *changes)
{
  switch (field->kind)
    {
    case FIELD_CUSTOM_TEXT:
    case FIELD_CUSTOM_COMBO:
    case FIELD_OBJECT_COMBO:
      return TRUE;

    case FIELD_REF:
      if (field->items != NULL &&
          podium_change_set_touches_type (changes, g_list_model_get_item_type (field->items)))
        return TRUE;
      G_GNUC_FALLTHROUGH;

    default:
      return field->object == NULL ||
             podium_change_set_touches (changes, field->object, field->property);
    }
}

static void
on_document_changed_cb (PodiumDocument  *document,
                        PodiumChangeSet *changes,
                        Field           *field)
{
  if (field_concerned (field, changes))
    field_refresh (field);
}

static void
on_row_destroy_cb (GtkWidget *row,
                   Field     *field)
{
  /* The row may outlive its page for a moment: stop following the document now */
  g_clear_signal_handler (&field->doc_handler, field->document);
  field->destroyed = TRUE;
}

/* The engine of every row: @row is what the caller packs (it owns the field), @input
 * where the value is typed or chosen. The field is bound later (field_set_document …). */
static Field *
field_attach (FieldKind  kind,
              GtkWidget *row,
              GtkWidget *input)
{
  Field *field = g_new0 (Field, 1);

  field->kind = kind;
  field->row = row;
  field->input = input;
  g_object_set_data_full (G_OBJECT (row), "podium-field", field, (GDestroyNotify) field_free);
  g_signal_connect (row, "destroy", G_CALLBACK (on_row_destroy_cb), field);
  return field;
}

static Field *
field_of (gpointer row)
{
  return g_object_get_data (G_OBJECT (row), "podium-field");
}

static GListModel *
items_of_type (PodiumDocument *document,
               GType           type)
{
  if (g_type_is_a (type, PODIUM_TYPE_ORGANIZATION))
    return podium_document_get_organizations (document);
  if (g_type_is_a (type, PODIUM_TYPE_PERSON))
    return podium_document_get_people (document);
  if (g_type_is_a (type, PODIUM_TYPE_ROOM))
    return podium_document_get_rooms (document);
  if (g_type_is_a (type, PODIUM_TYPE_SESSION))
    return podium_document_get_sessions (document);
  g_critical ("No collection of %s in a document", g_type_name (type));
  return NULL;
}

static const char *
room_kind_label (int value)
{
  return podium_labels_room_kind (value);
}

static const char *
organization_kind_label (int value)
{
  return podium_labels_organization_kind (value);
}

static const char *
session_status_label (int value)
{
  return podium_labels_session_status (value);
}

static const char *
participant_status_label (int value)
{
  return podium_participant_status_label (value);
}

/* The names of an enum's values 0 … maximum, for the enum properties editors show */
static GtkStringList *
enum_labels_new (GType type)
{
  static const struct { GType (*get_type) (void); PodiumFormLabelFunc label; } known[] = {
    { podium_room_kind_get_type, room_kind_label },
    { podium_organization_kind_get_type, organization_kind_label },
    { podium_session_status_get_type, session_status_label },
    { podium_participant_status_get_type, participant_status_label },
  };
  GtkStringList *labels = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (known[i].get_type () == type)
      {
        for (int value = 0; value <= enum_class->maximum; value++)
          gtk_string_list_append (labels, known[i].label (value));
        return labels;
      }
  g_critical ("No labels for the values of %s", g_type_name (type));
  return labels;
}

/* After the document, the object or the property changed: the row follows the new ones
 * (a template sets them one by one, in any order) */
static void
field_rebind (Field *field)
{
  GParamSpec *pspec = NULL;

  if (field->object != NULL && field->property != NULL)
    {
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (field->object), field->property);
      if (pspec == NULL)
        g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (field->object), field->property);
    }

  if (field->kind >= FIELD_CUSTOM_TEXT)  /* the kinds bound to no property, last in FieldKind */
    field->bound = field->document != NULL;
  else
    field->bound = field->document != NULL && pspec != NULL;

  if (field->auto_list)
    field->kind = pspec != NULL && pspec->value_type == G_TYPE_STRV ? FIELD_STRV : FIELD_STRING;

  field->pending = FALSE;
  set_error (field, FALSE);

  if (field->kind == FIELD_ENUM)
    {
      g_autoptr(GtkStringList) labels = NULL;

      g_clear_pointer (&field->labels, g_strfreev);
      field->updating = TRUE;
      if (field->bound)
        labels = enum_labels_new (pspec->value_type);
      adw_combo_row_set_model (ADW_COMBO_ROW (field->input), G_LIST_MODEL (labels));
      field->updating = FALSE;
    }
  else if (field->kind == FIELD_REF)
    {
      GListModel *items = field->bound ? items_of_type (field->document, pspec->value_type) : NULL;

      g_set_object (&field->items, items);
      field->bound = field->bound && items != NULL;
      g_clear_pointer (&field->choices, g_ptr_array_unref);
      field->updating = TRUE;
      adw_combo_row_set_model (ADW_COMBO_ROW (field->input), NULL);
      field->updating = FALSE;
    }

  gtk_widget_set_sensitive (field->row, field->bound);
  field_refresh_full (field, TRUE);
}

static gboolean
field_set_document (Field          *field,
                    PodiumDocument *document)
{
  if (field->document == document)
    return FALSE;

  g_clear_signal_handler (&field->doc_handler, field->document);
  g_set_object (&field->document, document);
  if (document != NULL && !field->destroyed)
    field->doc_handler = g_signal_connect (document, "changed",
                                           G_CALLBACK (on_document_changed_cb), field);
  field_rebind (field);
  return TRUE;
}

static gboolean
field_set_object (Field   *field,
                  GObject *object)
{
  if (!g_set_object (&field->object, object))
    return FALSE;
  field_rebind (field);
  return TRUE;
}

static gboolean
field_set_property_name (Field      *field,
                         const char *property)
{
  if (g_strcmp0 (field->property, property) == 0)
    return FALSE;
  g_free (field->property);
  field->property = g_strdup (property);
  field_rebind (field);
  return TRUE;
}

char *
podium_form_object_label (gpointer object)
{
  const char *text = NULL;

  if (object == NULL)
    return g_strdup ("");
  if (PODIUM_IS_PERSON (object))
    {
      /* a name being typed over is empty for a moment: a list of choices shows it too */
      g_autofree char *label = podium_labels_person (object);

      if (label != NULL && *label != '\0')
        return g_steal_pointer (&label);
      return g_strdup (_("Unnamed"));
    }
  if (PODIUM_IS_ORGANIZATION (object))
    {
      const char *name = podium_organization_get_name (object);
      const char *short_name = podium_organization_get_short_name (object);

      if (short_name && *short_name && name && *name && g_strcmp0 (short_name, name) != 0)
        return g_strdup_printf ("%s (%s)", name, short_name);
      text = podium_labels_organization (object);
    }
  else if (PODIUM_IS_ROOM (object))
    text = podium_room_get_name (object);
  else if (PODIUM_IS_SESSION (object))
    text = podium_session_get_title (object);
  else if (GTK_IS_STRING_OBJECT (object))
    text = gtk_string_object_get_string (object);

  if (text == NULL || *text == '\0')
    return g_strdup (_("Unnamed"));
  return g_strdup (text);
}

/* Text fields */

static char *
field_get_text (Field *field)
{
  switch (field->kind)
    {
    case FIELD_STRING:
      {
        char *value = NULL;

        g_object_get (field->object, field->property, &value, NULL);
        return value ? value : g_strdup ("");
      }

    case FIELD_STRV:
      {
        g_auto(GStrv) value = NULL;

        g_object_get (field->object, field->property, &value, NULL);
        return value ? g_strjoinv (", ", value) : g_strdup ("");
      }

    case FIELD_DATE:
      {
        int value;

        g_object_get (field->object, field->property, &value, NULL);
        return podium_labels_date (value);
      }

    case FIELD_CLOCK:
      {
        int value;

        g_object_get (field->object, field->property, &value, NULL);
        return podium_time_format_clock (value);
      }

    case FIELD_TEXT:
      {
        char *value = NULL;

        g_object_get (field->object, field->property, &value, NULL);
        return value ? value : g_strdup ("");
      }

    case FIELD_CUSTOM_TEXT:
      return field->get_text (field->data);

    case FIELD_SPIN:
    case FIELD_SWITCH:
    case FIELD_FLAG:
    case FIELD_ENUM:
    case FIELD_REF:
    case FIELD_COLOR:
    case FIELD_CUSTOM_COMBO:
    case FIELD_OBJECT_COMBO:
    default:
      g_assert_not_reached ();
    }
}

static char *
field_get_input_text (Field *field)
{
  if (field->kind == FIELD_TEXT)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->input)));
}

static void
field_set_input_text (Field      *field,
                      const char *text)
{
  g_autofree char *current = field_get_input_text (field);

  if (g_strcmp0 (current, text) == 0)
    return;

  field->updating = TRUE;
  if (field->kind == FIELD_TEXT)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->input), text);
  field->updating = FALSE;
}

/* People type "9:30" or "9.30" as often as "09:30" */
static gboolean
parse_clock_leniently (const char *text,
                       int        *minutes)
{
  int h, m;
  char sep;

  if (podium_time_parse_clock (text, minutes))
    return TRUE;
  if (sscanf (text, "%d%c%d", &h, &sep, &m) == 3 && (sep == ':' || sep == '.') &&
      h >= 0 && h < 24 && m >= 0 && m < 60)
    {
      *minutes = h * 60 + m;
      return TRUE;
    }
  if (sscanf (text, "%d", &h) == 1 && strspn (text, "0123456789") == strlen (text) &&
      h >= 0 && h < 24)
    {
      *minutes = h * 60;
      return TRUE;
    }
  return FALSE;
}

/* Text that only means something once it is complete: a time, a date */
static gboolean
field_parses (Field *field)
{
  return field->kind == FIELD_DATE || field->kind == FIELD_CLOCK ||
         field->kind == FIELD_CUSTOM_TEXT;
}

/* The row says why its text was not taken: in red, with the reason in its tooltip, a
 * warning icon and, for screen readers, its description */
static void
set_error (Field    *field,
           gboolean  error)
{
  GtkWidget *text = NULL;
  const char *reason = field->error_text ? field->error_text : _("Not a valid value");

  if (field->in_error == error)
    return;
  field->in_error = error;

  if (GTK_IS_EDITABLE (field->input))
    text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (field->input)));

  if (error)
    {
      gtk_widget_add_css_class (field->input, "error");
      gtk_widget_set_tooltip_text (field->row, reason);
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->input), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->input),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
      if (text && text != field->input)
        gtk_accessible_update_property (GTK_ACCESSIBLE (text),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
    }
  else
    {
      gtk_widget_remove_css_class (field->input, "error");
      gtk_widget_set_tooltip_text (field->row, field->hint);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->input), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field->input),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      if (text && text != field->input)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  if (field->error_icon)
    {
      gtk_widget_set_tooltip_text (field->error_icon, reason);
      gtk_widget_set_visible (field->error_icon, error);
    }
}

/* Free text: what the plan holds is what is typed, from the first keystroke on */
static gboolean
field_is_free_text (Field *field)
{
  return field->kind == FIELD_STRING || field->kind == FIELD_STRV || field->kind == FIELD_TEXT;
}

/* The value free text stands for: stripped, empty as none, a list split at commas */
static void
field_input_value (Field  *field,
                   GValue *value)
{
  g_autofree char *text = field_get_input_text (field);

  if (field->kind != FIELD_TEXT)
    g_strstrip (text);

  if (field->kind == FIELD_STRV)
    {
      g_auto(GStrv) parts = g_strsplit (text, ",", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;

      for (guint i = 0; parts[i]; i++)
        if (*g_strstrip (parts[i]))
          g_strv_builder_add (builder, parts[i]);
      list = g_strv_builder_end (builder);
      g_value_init (value, G_TYPE_STRV);
      g_value_set_boxed (value, list[0] ? list : NULL);
    }
  else
    {
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, *text ? text : NULL);
    }
}

/* Whether the field's text already stands for the value the plan holds, so that it need
 * not be rewritten under the cursor (a trailing space, a comma just typed) */
static gboolean
field_input_matches (Field *field)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (field->object),
                                                    field->property);
  g_auto(GValue) typed = G_VALUE_INIT;
  g_auto(GValue) stored = G_VALUE_INIT;

  field_input_value (field, &typed);
  g_value_init (&stored, pspec->value_type);
  g_object_get_property (field->object, field->property, &stored);
  return g_param_values_cmp (pspec, &typed, &stored) == 0;
}

/* Applies the text typed; FALSE if it cannot be read */
static gboolean
field_apply (Field *field)
{
  g_autofree char *text = NULL;

  if (field_is_free_text (field))
    {
      g_auto(GValue) value = G_VALUE_INIT;

      /* One undo step for all the keystrokes until the field is left */
      field_input_value (field, &value);
      podium_document_edit_typing (field->document, field->object, field->property, &value);
      return TRUE;
    }

  text = field_get_input_text (field);
  g_strstrip (text);

  switch (field->kind)
    {
    case FIELD_DATE:
      {
        int date = PODIUM_DATE_NONE;

        if (*text && !podium_labels_parse_date (text, &date))
          return FALSE;
        podium_document_edit (field->document, field->object, field->property, date, NULL);
      }
      break;

    case FIELD_CLOCK:
      {
        int minutes;

        if (!parse_clock_leniently (text, &minutes))
          return FALSE;
        podium_document_edit (field->document, field->object, field->property, minutes, NULL);
      }
      break;

    case FIELD_CUSTOM_TEXT:
      if (!field->set_text (field->data, text))
        return FALSE;
      break;

    case FIELD_STRING:
    case FIELD_STRV:
    case FIELD_TEXT:
    case FIELD_SPIN:
    case FIELD_SWITCH:
    case FIELD_FLAG:
    case FIELD_ENUM:
    case FIELD_REF:
    case FIELD_COLOR:
    case FIELD_CUSTOM_COMBO:
    case FIELD_OBJECT_COMBO:
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}


/* Enter, or leaving the field. Free text is in the plan already: its typing step ends and
 * the field shows the text as stored (stripped). A time, a date that cannot be read
 * stays on Enter, marked, for the user to correct; on leaving the field it gives way to
 * the stored value, as a spin button's does: what the field shows when the user looks
 * elsewhere is what the plan holds, never text the plan does not have. */
static void
field_commit_full (Field    *field,
                   gboolean  leaving)
{
  if (!field->bound)
    return;

  if (field_is_free_text (field))
    {
      podium_document_end_typing (field->document);
      field_refresh_full (field, TRUE);
      return;
    }

  field->pending = FALSE;
  if (!field_apply (field) && !leaving)
    {
      field->pending = TRUE;
      set_error (field, TRUE);
      return;
    }

  set_error (field, FALSE);
  /* The document may have normalised what was typed ("9:30" → "09:30") */
  field_refresh (field);
}

static void
field_commit (Field *field)
{
  field_commit_full (field, FALSE);
}

static void
on_text_changed_cb (Field *field)
{
  if (field->updating || !field->bound)
    return;

  set_error (field, FALSE);
  if (field_is_free_text (field))
    field_apply (field);
  else
    field->pending = TRUE;  /* a half-typed time ("10" of "10:30") is another time */
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   Field                   *field)
{
  if (!field->bound)
    return;
  if (field->pending || field_is_free_text (field))
    field_commit_full (field, TRUE);
  else if (field->in_error)
    {
      set_error (field, FALSE);
      field_refresh (field);
    }
}

static void
on_entry_activated_cb (Field *field)
{
  field_commit (field);
}

/* Ctrl+S, Ctrl+W, Ctrl+P … reach the window with the focus still in the row: a time typed
 * but not yet applied is applied first, as Enter would, so that what is saved, printed or
 * closed holds it. Keys that edit the text (select all, copy, paste, undo its typing,
 * move by words) are the text's. */
static gboolean
on_pending_key_pressed_cb (GtkEventControllerKey *controller,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           Field                 *field)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

  if (!field->pending || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0 ||
      (event != NULL && gdk_key_event_is_modifier (event)))
    return FALSE;

  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_a: case GDK_KEY_c: case GDK_KEY_v: case GDK_KEY_x: case GDK_KEY_z:
    case GDK_KEY_y: case GDK_KEY_period: case GDK_KEY_semicolon:
    case GDK_KEY_Left: case GDK_KEY_Right: case GDK_KEY_KP_Left: case GDK_KEY_KP_Right:
    case GDK_KEY_Home: case GDK_KEY_End: case GDK_KEY_KP_Home: case GDK_KEY_KP_End:
    case GDK_KEY_BackSpace: case GDK_KEY_Delete: case GDK_KEY_KP_Delete:
    case GDK_KEY_Insert: case GDK_KEY_KP_Insert:
      return FALSE;

    default:
      field_commit (field);
      return FALSE;  /* the shortcut goes on to the window */
    }
}

/* In free text Ctrl+Z is the plan's Undo, which takes back the typing as one step (the
 * text's own history would take back a word and make that a change of its own) */
static gboolean
on_free_text_key_pressed_cb (GtkEventControllerKey *controller,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             Field                 *field)
{
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK);
  guint key = gdk_keyval_to_lower (keyval);

  if (!field->bound)
    return FALSE;
  if (key == GDK_KEY_z && mods == GDK_CONTROL_MASK)
    podium_document_undo (field->document);
  else if ((key == GDK_KEY_z && mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) ||
           (key == GDK_KEY_y && mods == GDK_CONTROL_MASK))
    podium_document_redo (field->document);
  else
    return FALSE;
  return TRUE;
}

/* Closing the window (its close button, Alt+F4) keeps a time typed but not yet applied:
 * then it is a change to save or discard like any other */
static gboolean
on_root_close_request_cb (GtkWindow *window,
                          GtkWidget *row)
{
  Field *field = g_object_get_data (G_OBJECT (row), "podium-field");

  if (field != NULL && field->pending)
    field_commit_full (field, TRUE);
  return FALSE;
}

static void
on_pending_row_realize_cb (GtkWidget *row)
{
  GtkRoot *root = gtk_widget_get_root (row);

  if (!GTK_IS_WINDOW (root) || g_object_get_data (G_OBJECT (row), "podium-close-watch") == root)
    return;
  g_object_set_data (G_OBJECT (row), "podium-close-watch", root);
  g_signal_connect_object (root, "close-request", G_CALLBACK (on_root_close_request_cb), row, 0);
}

static void
add_focus_commit (Field     *field,
                  GtkWidget *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), field);
  gtk_widget_add_controller (widget, focus);
}

static void
add_key_handler (Field     *field,
                 GtkWidget *widget)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* before the text's own keys */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed",
                    field_is_free_text (field) ? G_CALLBACK (on_free_text_key_pressed_cb)
                                               : G_CALLBACK (on_pending_key_pressed_cb),
                    field);
  gtk_widget_add_controller (widget, keys);
}

/* The start of every titled row: a title with a mnemonic, and a field that @input edits */
static Field *
row_field_new (FieldKind  kind,
               GtkWidget *row,
               GtkWidget *input)
{
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  return field_attach (kind, row, input);
}

/* An entry row commits on Enter and when the focus leaves it */
static void
entry_row_start (Field *field)
{
  g_signal_connect_swapped (field->row, "changed", G_CALLBACK (on_text_changed_cb), field);
  g_signal_connect_swapped (field->row, "entry-activated", G_CALLBACK (on_entry_activated_cb), field);
  add_focus_commit (field, field->row);
  add_key_handler (field, field->row);
  if (field_is_free_text (field))
    gtk_editable_set_enable_undo (GTK_EDITABLE (field->row), FALSE);
  else
    g_signal_connect (field->row, "realize", G_CALLBACK (on_pending_row_realize_cb), NULL);
}

/* A warning beside text that cannot be read; its tooltip says why */
static void
add_error_icon (Field *field)
{
  field->error_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (field->error_icon, "error");
  gtk_widget_set_visible (field->error_icon, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field->error_icon), GTK_ACCESSIBLE_STATE_HIDDEN,
                               TRUE, -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), field->error_icon);
}

void
podium_form_entry_row_set_hint (GtkWidget  *row,
                                const char *hint,
                                const char *error_text)
{
  Field *field = g_object_get_data (G_OBJECT (row), "podium-field");

  g_return_if_fail (field != NULL && ADW_IS_ENTRY_ROW (row));

  g_free (field->hint);
  field->hint = g_strdup (hint);
  g_free (field->error_text);
  field->error_text = g_strdup (error_text);
  if (field->error_icon == NULL && field_parses (field))
    add_error_icon (field);
  if (!field->in_error)
    gtk_widget_set_tooltip_text (row, hint);
}

static void
on_calendar_day_selected_cb (GtkCalendar *calendar,
                             Field       *field)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *text = NULL;
  int day;

  if (!podium_time_parse_date (iso, &day))
    return;
  text = podium_labels_date (day);

  if (field->updating || !field->bound)
    return;

  field_set_input_text (field, text);
  field_commit (field);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar),
                                                             GTK_TYPE_POPOVER)));
}

/* Numbers, switches, choices */

static void
on_spin_value_changed_cb (GtkSpinButton *spin,
                          Field         *field)
{
  if (field->updating || !field->bound)
    return;
  podium_document_edit (field->document, field->object, field->property,
                        gtk_spin_button_get_value_as_int (spin), NULL);
}

/* The wheel is for scrolling the page past a number, not for changing it by accident:
 * the spin button's own wheel handler runs only while the focus is in it. Without
 * a handler the scroll event goes on to the scrolled window around the form. */
static void
set_spin_wheel (GtkWidget *spin,
                gboolean   active)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (spin);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_set_propagation_phase (controller,
                                                    active ? GTK_PHASE_BUBBLE : GTK_PHASE_NONE);
    }
}

static void
on_spin_focus_enter_cb (GtkEventControllerFocus *focus)
{
  set_spin_wheel (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus)), TRUE);
}

static void
on_spin_focus_leave_cb (GtkEventControllerFocus *focus)
{
  set_spin_wheel (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus)), FALSE);
}

void
podium_form_spin_wheel_needs_focus (GtkWidget *spin)
{
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  focus = gtk_event_controller_focus_new ();

  set_spin_wheel (spin, FALSE);
  g_signal_connect (focus, "enter", G_CALLBACK (on_spin_focus_enter_cb), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (on_spin_focus_leave_cb), NULL);
  gtk_widget_add_controller (spin, focus);
}

static void
on_switch_active_cb (GtkSwitch  *sw,
                     GParamSpec *pspec,
                     Field      *field)
{
  gboolean active = gtk_switch_get_active (sw);

  if (field->updating || !field->bound)
    return;

  if (field->kind == FIELD_FLAG)
    {
      guint flags;

      g_object_get (field->object, field->property, &flags, NULL);
      flags = active ? (flags | field->flag) : (flags & ~field->flag);
      podium_document_edit (field->document, field->object, field->property, flags, NULL);
    }
  else
    podium_document_edit (field->document, field->object, field->property, active, NULL);
}

static void
on_combo_selected_cb (AdwComboRow *combo,
                      GParamSpec  *pspec,
                      Field       *field)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (field->updating || !field->bound || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (field->kind == FIELD_ENUM)
    podium_document_edit (field->document, field->object, field->property, (int) selected, NULL);
  else if (field->kind == FIELD_CUSTOM_COMBO)
    field->choose (field->data, selected);
  else if (field->kind == FIELD_OBJECT_COMBO)
    return;
  else if (selected < field->choices->len)
    podium_document_edit (field->document, field->object, field->property,
                          g_ptr_array_index (field->choices, selected), NULL);
}

static void
unref_nullable (gpointer object)
{
  if (object)
    g_object_unref (object);
}

/* The combo shows a snapshot of the collection, renewed only after a document step, so
 * that a list changing under an open step never looks like the user choosing. */
static void
ref_sync_choices (Field *field)
{
  guint n = g_list_model_get_n_items (field->items);
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func (unref_nullable);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *current = adw_combo_row_get_model (ADW_COMBO_ROW (field->input));
  gboolean same = current != NULL && field->choices != NULL && field->choices->len == n + 1;

  g_ptr_array_add (choices, NULL);
  gtk_string_list_append (labels, field->none_label ? field->none_label : _("None"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (field->items, i);
      g_autofree char *label = podium_form_object_label (item);

      if (same &&
          (g_ptr_array_index (field->choices, i + 1) != (gpointer) item ||
           g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (current), i + 1), label) != 0))
        same = FALSE;
      g_ptr_array_add (choices, g_object_ref (item));
      gtk_string_list_append (labels, label);
    }

  if (same)
    return;

  g_clear_pointer (&field->choices, g_ptr_array_unref);
  field->choices = g_steal_pointer (&choices);
  adw_combo_row_set_model (ADW_COMBO_ROW (field->input), G_LIST_MODEL (labels));
}

static void
on_color_set_cb (GtkColorButton *button,
                 Field          *field)
{
  GdkRGBA rgba;
  g_autofree char *text = NULL;

  if (field->updating || !field->bound)
    return;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  text = g_strdup_printf ("#%02x%02x%02x",
                          (int) (rgba.red * 255 + .5),
                          (int) (rgba.green * 255 + .5),
                          (int) (rgba.blue * 255 + .5));
  podium_document_edit (field->document, field->object, field->property, text, NULL);
}

static void
on_color_clear_cb (GtkButton *button,
                   Field     *field)
{
  if (field->bound)
    podium_document_edit (field->document, field->object, field->property, NULL, NULL);
}

static void
on_color_row_title_cb (GtkWidget *row)
{
  name_color_button (field_of (row)->input, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

/* The row classes. Each is bound by three properties, "document", "object" and
 * "property-name", set in any order (a template binds them one by one); all share the
 * field above and these property functions. */

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_OBJECT,
  PROP_PROPERTY_NAME,
  /* PodiumSpinRow */
  PROP_LOWER,
  PROP_UPPER,
  PROP_STEP,
  /* PodiumSwitchRow */
  PROP_FLAG,
  /* PodiumTextArea */
  PROP_TITLE,
  /* PodiumRefRow */
  PROP_NONE_LABEL,
};

static GtkAdjustment *
field_adjustment (Field *field)
{
  return gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (field->input));
}

static void
row_get_property (GObject    *object,
                  guint       prop_id,
                  GValue     *value,
                  GParamSpec *pspec)
{
  Field *field = field_of (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, field->document);
      break;

    case PROP_OBJECT:
      g_value_set_object (value, field->object);
      break;

    case PROP_PROPERTY_NAME:
      g_value_set_string (value, field->property);
      break;

    case PROP_LOWER:
      g_value_set_int (value, (int) gtk_adjustment_get_lower (field_adjustment (field)));
      break;

    case PROP_UPPER:
      g_value_set_int (value, (int) gtk_adjustment_get_upper (field_adjustment (field)));
      break;

    case PROP_STEP:
      g_value_set_int (value, (int) gtk_adjustment_get_step_increment (field_adjustment (field)));
      break;

    case PROP_FLAG:
      g_value_set_uint (value, field->flag);
      break;

    case PROP_TITLE:
      g_value_set_string (value, field->title);
      break;

    case PROP_NONE_LABEL:
      g_value_set_string (value, field->none_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The spin button's range and step; the value it shows stays the plan's */
static gboolean
field_set_limit (Field *field,
                 guint  prop_id,
                 int    limit)
{
  GtkAdjustment *adjustment = field_adjustment (field);

  if ((prop_id == PROP_LOWER && gtk_adjustment_get_lower (adjustment) == limit) ||
      (prop_id == PROP_UPPER && gtk_adjustment_get_upper (adjustment) == limit) ||
      (prop_id == PROP_STEP && gtk_adjustment_get_step_increment (adjustment) == limit))
    return FALSE;

  field->updating = TRUE;
  if (prop_id == PROP_LOWER)
    gtk_adjustment_set_lower (adjustment, limit);
  else if (prop_id == PROP_UPPER)
    gtk_adjustment_set_upper (adjustment, limit);
  else
    gtk_spin_button_set_increments (GTK_SPIN_BUTTON (field->input), limit, limit * 10);
  field->updating = FALSE;
  field_refresh (field);
  return TRUE;
}

static void
row_set_property (GObject      *object,
                  guint         prop_id,
                  const GValue *value,
                  GParamSpec   *pspec)
{
  Field *field = field_of (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      changed = field_set_document (field, g_value_get_object (value));
      break;

    case PROP_OBJECT:
      changed = field_set_object (field, g_value_get_object (value));
      break;

    case PROP_PROPERTY_NAME:
      changed = field_set_property_name (field, g_value_get_string (value));
      break;

    case PROP_LOWER:
    case PROP_UPPER:
    case PROP_STEP:
      changed = field_set_limit (field, prop_id, g_value_get_int (value));
      break;

    case PROP_FLAG:
      if (field->flag != g_value_get_uint (value))
        {
          field->flag = g_value_get_uint (value);
          field->kind = field->flag != 0 ? FIELD_FLAG : FIELD_SWITCH;
          field_refresh (field);
          changed = TRUE;
        }
      break;

    case PROP_TITLE:
      if (g_strcmp0 (field->title, g_value_get_string (value)) != 0)
        {
          g_free (field->title);
          field->title = g_value_dup_string (value);
          gtk_accessible_update_property (GTK_ACCESSIBLE (field->input),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, field->title, -1);
          changed = TRUE;
        }
      break;

    case PROP_NONE_LABEL:
      if (g_strcmp0 (field->none_label, g_value_get_string (value)) != 0)
        {
          g_free (field->none_label);
          field->none_label = g_value_dup_string (value);
          field_rebind (field);  /* the choices again, with the new first one */
          changed = TRUE;
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
row_class_install_properties (GObjectClass *object_class)
{
  GParamFlags flags = (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  object_class->get_property = row_get_property;
  object_class->set_property = row_set_property;

  g_object_class_install_property (object_class, PROP_DOCUMENT,
                                   g_param_spec_object ("document", NULL, NULL,
                                                        PODIUM_TYPE_DOCUMENT, flags));
  g_object_class_install_property (object_class, PROP_OBJECT,
                                   g_param_spec_object ("object", NULL, NULL,
                                                        G_TYPE_OBJECT, flags));
  g_object_class_install_property (object_class, PROP_PROPERTY_NAME,
                                   g_param_spec_string ("property-name", NULL, NULL,
                                                        NULL, flags));
}

struct _PodiumTextRow
{
  AdwEntryRow parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumTextRow, podium_text_row, ADW_TYPE_ENTRY_ROW)

static void
podium_text_row_class_init (PodiumTextRowClass *klass)
{
  row_class_install_properties (G_OBJECT_CLASS (klass));
}

static void
podium_text_row_init (PodiumTextRow *self)
{
  Field *field = row_field_new (FIELD_STRING, GTK_WIDGET (self), GTK_WIDGET (self));

  field->auto_list = TRUE;
  entry_row_start (field);
}

struct _PodiumClockRow
{
  AdwEntryRow parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumClockRow, podium_clock_row, ADW_TYPE_ENTRY_ROW)

static void
podium_clock_row_class_init (PodiumClockRowClass *klass)
{
  row_class_install_properties (G_OBJECT_CLASS (klass));
}

static void
podium_clock_row_init (PodiumClockRow *self)
{
  entry_row_start (row_field_new (FIELD_CLOCK, GTK_WIDGET (self), GTK_WIDGET (self)));
  podium_form_entry_row_set_hint (GTK_WIDGET (self), _("A time such as 09:30"),
                                  _("Not a time: use HH:MM, 00:00 to 23:59"));
}

struct _PodiumDateRow
{
  AdwEntryRow parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumDateRow, podium_date_row, ADW_TYPE_ENTRY_ROW)

static void
podium_date_row_class_init (PodiumDateRowClass *klass)
{
  row_class_install_properties (G_OBJECT_CLASS (klass));
}

static void
podium_date_row_init (PodiumDateRow *self)
{
  GtkWidget *row = GTK_WIDGET (self);
  Field *field = row_field_new (FIELD_DATE, row, row);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  entry_row_start (field);
  field->calendar = gtk_calendar_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), field->calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a Date"), -1);
  podium_form_entry_row_set_hint (row, _("A date such as 20 November 2023, 20.11.2023 or 2023-11-20"),
                                  _("Not a date: write it like 20 November 2023 or 20.11.2023, or choose one from the calendar"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  g_signal_connect (field->calendar, "day-selected",
                    G_CALLBACK (on_calendar_day_selected_cb), field);
}

struct _PodiumSpinRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumSpinRow, podium_spin_row, ADW_TYPE_ACTION_ROW)

static void
podium_spin_row_class_init (PodiumSpinRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  row_class_install_properties (object_class);
  g_object_class_install_property (object_class, PROP_LOWER,
                                   g_param_spec_int ("lower", NULL, NULL,
                                                     G_MININT, G_MAXINT, 0, flags));
  g_object_class_install_property (object_class, PROP_UPPER,
                                   g_param_spec_int ("upper", NULL, NULL,
                                                     G_MININT, G_MAXINT, 100, flags));
  g_object_class_install_property (object_class, PROP_STEP,
                                   g_param_spec_int ("step", NULL, NULL,
                                                     1, G_MAXINT, 1, flags));
}

static void
podium_spin_row_init (PodiumSpinRow *self)
{
  GtkWidget *row = GTK_WIDGET (self);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);
  Field *field = row_field_new (FIELD_SPIN, row, spin);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  podium_form_spin_wheel_needs_focus (spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), field);
}

struct _PodiumSwitchRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumSwitchRow, podium_switch_row, ADW_TYPE_ACTION_ROW)

static void
podium_switch_row_class_init (PodiumSwitchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  row_class_install_properties (object_class);
  g_object_class_install_property (object_class, PROP_FLAG,
                                   g_param_spec_uint ("flag", NULL, NULL, 0, G_MAXUINT, 0,
                                                      (G_PARAM_READWRITE |
                                                       G_PARAM_EXPLICIT_NOTIFY |
                                                       G_PARAM_STATIC_STRINGS)));
}

static void
podium_switch_row_init (PodiumSwitchRow *self)
{
  GtkWidget *row = GTK_WIDGET (self);
  GtkWidget *sw = gtk_switch_new ();
  Field *field = row_field_new (FIELD_SWITCH, row, sw);

  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  g_signal_connect (sw, "notify::active", G_CALLBACK (on_switch_active_cb), field);
}

struct _PodiumEnumRow
{
  AdwComboRow parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumEnumRow, podium_enum_row, ADW_TYPE_COMBO_ROW)

static void
podium_enum_row_class_init (PodiumEnumRowClass *klass)
{
  row_class_install_properties (G_OBJECT_CLASS (klass));
}

static void
podium_enum_row_init (PodiumEnumRow *self)
{
  Field *field = row_field_new (FIELD_ENUM, GTK_WIDGET (self), GTK_WIDGET (self));

  g_signal_connect (self, "notify::selected", G_CALLBACK (on_combo_selected_cb), field);
}

struct _PodiumRefRow
{
  AdwComboRow parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumRefRow, podium_ref_row, ADW_TYPE_COMBO_ROW)

static void
podium_ref_row_class_init (PodiumRefRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  row_class_install_properties (object_class);
  /* what the first choice, no object, is called: "None" unless set */
  g_object_class_install_property (object_class, PROP_NONE_LABEL,
                                   g_param_spec_string ("none-label", NULL, NULL, NULL,
                                                        (G_PARAM_READWRITE |
                                                         G_PARAM_EXPLICIT_NOTIFY |
                                                         G_PARAM_STATIC_STRINGS)));
}

static void
podium_ref_row_init (PodiumRefRow *self)
{
  Field *field = row_field_new (FIELD_REF, GTK_WIDGET (self), GTK_WIDGET (self));

  g_signal_connect (self, "notify::selected", G_CALLBACK (on_combo_selected_cb), field);
}

struct _PodiumColorRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumColorRow, podium_color_row, ADW_TYPE_ACTION_ROW)

static void
podium_color_row_class_init (PodiumColorRowClass *klass)
{
  row_class_install_properties (G_OBJECT_CLASS (klass));
}

static void
podium_color_row_init (PodiumColorRow *self)
{
  GtkWidget *row = GTK_WIDGET (self);
  GtkWidget *button = gtk_color_button_new ();
  GtkWidget *clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  Field *field = field_attach (FIELD_COLOR, row, button);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (clear, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (clear, "flat");
  gtk_widget_set_tooltip_text (clear, _("No Colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("No Colour"), -1);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (button), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), clear);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  g_signal_connect (button, "color-set", G_CALLBACK (on_color_set_cb), field);
  g_signal_connect (clear, "clicked", G_CALLBACK (on_color_clear_cb), field);
  g_signal_connect (row, "notify::title", G_CALLBACK (on_color_row_title_cb), NULL);
}

struct _PodiumTextArea
{
  GtkFrame parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumTextArea, podium_text_area, GTK_TYPE_FRAME)

static void
podium_text_area_class_init (PodiumTextAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  row_class_install_properties (object_class);
  g_object_class_install_property (object_class, PROP_TITLE,
                                   g_param_spec_string ("title", NULL, NULL, NULL,
                                                        (G_PARAM_READWRITE |
                                                         G_PARAM_EXPLICIT_NOTIFY |
                                                         G_PARAM_STATIC_STRINGS)));
}

static void
podium_text_area_init (PodiumTextArea *self)
{
  GtkWidget *view = gtk_text_view_new ();
  Field *field = field_attach (FIELD_TEXT, GTK_WIDGET (self), view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 90);
  gtk_frame_set_child (GTK_FRAME (self), view);
  gtk_widget_add_css_class (GTK_WIDGET (self), "podium-text-frame");

  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  add_key_handler (field, view);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (on_text_changed_cb), field);
  add_focus_commit (field, view);
}

/* The constructors of code that builds a page itself */

GtkWidget *
podium_form_entry_row (PodiumDocument *document,
                       gpointer        object,
                       const char     *property,
                       const char     *title)
{
  return g_object_new (PODIUM_TYPE_TEXT_ROW, "document", document, "object", object,
                       "property-name", property, "title", title, NULL);
}

GtkWidget *
podium_form_clock_row (PodiumDocument *document,
                       gpointer        object,
                       const char     *property,
                       const char     *title)
{
  return g_object_new (PODIUM_TYPE_CLOCK_ROW, "document", document, "object", object,
                       "property-name", property, "title", title, NULL);
}

GtkWidget *
podium_form_date_row (PodiumDocument *document,
                      gpointer        object,
                      const char     *property,
                      const char     *title)
{
  return g_object_new (PODIUM_TYPE_DATE_ROW, "document", document, "object", object,
                       "property-name", property, "title", title, NULL);
}

GtkWidget *
podium_form_spin_row (PodiumDocument *document,
                      gpointer        object,
                      const char     *property,
                      const char     *title,
                      const char     *subtitle,
                      int             min,
                      int             max,
                      int             step)
{
  /* the range first, so that the value shown is never clamped to the default range */
  return g_object_new (PODIUM_TYPE_SPIN_ROW, "lower", min, "upper", max, "step", step,
                       "document", document, "object", object, "property-name", property,
                       "title", title, "subtitle", subtitle, NULL);
}

GtkWidget *
podium_form_switch_row (PodiumDocument *document,
                        gpointer        object,
                        const char     *property,
                        const char     *title,
                        const char     *subtitle)
{
  return g_object_new (PODIUM_TYPE_SWITCH_ROW, "document", document, "object", object,
                       "property-name", property, "title", title, "subtitle", subtitle, NULL);
}

GtkWidget *
podium_form_flag_row (PodiumDocument *document,
                      gpointer        object,
                      const char     *property,
                      guint           flag,
                      const char     *title)
{
  return g_object_new (PODIUM_TYPE_SWITCH_ROW, "flag", flag, "document", document,
                       "object", object, "property-name", property, "title", title, NULL);
}

GtkWidget *
podium_form_enum_row (PodiumDocument *document,
                      gpointer        object,
                      const char     *property,
                      const char     *title)
{
  return g_object_new (PODIUM_TYPE_ENUM_ROW, "document", document, "object", object,
                       "property-name", property, "title", title, NULL);
}

GtkWidget *
podium_form_ref_row (PodiumDocument *document,
                     gpointer        object,
                     const char     *property,
                     const char     *title)
{
  return g_object_new (PODIUM_TYPE_REF_ROW, "document", document, "object", object,
                       "property-name", property, "title", title, NULL);
}

GtkWidget *
podium_form_color_row (PodiumDocument *document,
                       gpointer        object,
                       const char     *property,
                       const char     *title)
{
  return g_object_new (PODIUM_TYPE_COLOR_ROW, "document", document, "object", object,
                       "property-name", property, "title", title, NULL);
}

GtkWidget *
podium_form_text_view (PodiumDocument *document,
                       gpointer        object,
                       const char     *property,
                       const char     *accessible_name)
{
  return g_object_new (PODIUM_TYPE_TEXT_AREA, "document", document, "object", object,
                       "property-name", property, "title", accessible_name, NULL);
}

/* A row bound to no object is empty */
static void
field_show_nothing (Field *field)
{
  switch (field->kind)
    {
    case FIELD_STRING:
    case FIELD_STRV:
    case FIELD_DATE:
    case FIELD_CLOCK:
    case FIELD_TEXT:
    case FIELD_CUSTOM_TEXT:
      field_set_input_text (field, "");
      break;

    case FIELD_SPIN:
      gtk_widget_set_visible (field->input, FALSE);  /* a spin button always shows a number */
      break;

    case FIELD_SWITCH:
    case FIELD_FLAG:
      field->updating = TRUE;
      gtk_switch_set_active (GTK_SWITCH (field->input), FALSE);
      field->updating = FALSE;
      break;

    case FIELD_COLOR:
      {
        GdkRGBA grey = { 0.6, 0.6, 0.6, 1.0 };

        field->updating = TRUE;
        gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (field->input), &grey);
        field->updating = FALSE;
      }
      break;

    case FIELD_ENUM:
    case FIELD_REF:
    case FIELD_CUSTOM_COMBO:
    case FIELD_OBJECT_COMBO:
    default:
      break;  /* without a model (field_rebind ()) */
    }
}

/* @tidy: show the stored text even where the field's text means the same */
static void
field_refresh_full (Field    *field,
                    gboolean  tidy)
{
  if (field->pending)
    return;  /* a time being typed: the user's text wins until it is applied */
  if (!field->bound)
    {
      field_show_nothing (field);
      return;
    }
  if (field_is_free_text (field) && !tidy && field_input_matches (field))
    {
      set_error (field, FALSE);
      return;
    }

  switch (field->kind)
    {
    case FIELD_STRING:
    case FIELD_STRV:
    case FIELD_DATE:
    case FIELD_CLOCK:
    case FIELD_TEXT:
    case FIELD_CUSTOM_TEXT:
      {
        g_autofree char *text = field_get_text (field);

        field_set_input_text (field, text);
        set_error (field, FALSE);  /* it shows the plan's value now */
        if (field->calendar)
          {
            int date;

            g_object_get (field->object, field->property, &date, NULL);
            if (date != PODIUM_DATE_NONE)
              {
                g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
                g_autoptr(GDateTime) dt = podium_time_to_date_time (podium_time_from_date (date, 0),
                                                                    utc);
                field->updating = TRUE;
                gtk_calendar_select_day (GTK_CALENDAR (field->calendar), dt);
                field->updating = FALSE;
              }
          }
      }
      break;

    case FIELD_SPIN:
      {
        int value;

        g_object_get (field->object, field->property, &value, NULL);
        gtk_widget_set_visible (field->input, TRUE);
        field->updating = TRUE;
        if (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->input)) != value)
          gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->input), value);
        field->updating = FALSE;
      }
      break;

    case FIELD_SWITCH:
    case FIELD_FLAG:
      {
        gboolean active;

        if (field->kind == FIELD_FLAG)
          {
            guint flags;

            g_object_get (field->object, field->property, &flags, NULL);
            active = (flags & field->flag) != 0;
          }
        else
          g_object_get (field->object, field->property, &active, NULL);

        field->updating = TRUE;
        gtk_switch_set_active (GTK_SWITCH (field->input), active);
        field->updating = FALSE;
      }
      break;

    case FIELD_ENUM:
      {
        int value;

        g_object_get (field->object, field->property, &value, NULL);
        field->updating = TRUE;
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->input), value);
        field->updating = FALSE;
      }
      break;

    case FIELD_REF:
      {
        g_autoptr(GObject) value = NULL;
        guint position = 0;

        g_object_get (field->object, field->property, &value, NULL);
        field->updating = TRUE;
        ref_sync_choices (field);
        if (value == NULL || !g_ptr_array_find (field->choices, value, &position))
          position = 0;
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->input), position);
        field->updating = FALSE;
      }
      break;

    case FIELD_COLOR:
      {
        g_autofree char *value = NULL;
        GdkRGBA rgba = { 0.6, 0.6, 0.6, 1.0 };

        g_object_get (field->object, field->property, &value, NULL);
        if (value)
          gdk_rgba_parse (&rgba, value);
        field->updating = TRUE;
        gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (field->input), &rgba);
        field->updating = FALSE;
      }
      break;

    case FIELD_CUSTOM_COMBO:
      {
        guint selected = 0;
        g_auto(GStrv) labels = field->get_choices (field->data, &selected);

        field->updating = TRUE;
        if (field->labels == NULL || !g_strv_equal ((const char * const *) field->labels,
                                                     (const char * const *) labels))
          {
            g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *) labels);

            adw_combo_row_set_model (ADW_COMBO_ROW (field->input), G_LIST_MODEL (model));
            g_strfreev (field->labels);
            field->labels = g_steal_pointer (&labels);
          }
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->input), selected);
        field->updating = FALSE;
      }
      break;

    case FIELD_OBJECT_COMBO:
      {
        gpointer chosen = podium_form_object_combo_get_selected (field->row);
        guint position = 0;

        if (chosen)
          g_object_ref (chosen);
        field->updating = TRUE;
        ref_sync_choices (field);
        if (chosen == NULL || !g_ptr_array_find (field->choices, chosen, &position))
          position = 0;
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->input), position);
        field->updating = FALSE;
        g_clear_object (&chosen);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

GtkWidget *
podium_form_custom_entry_row (PodiumDocument    *document,
                              const char        *title,
                              PodiumFormGetText  get,
                              PodiumFormSetText  set,
                              gpointer           data,
                              GDestroyNotify     destroy)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  podium_form_custom_entry_attach (row, document, get, set, data, destroy);
  return row;
}

void
podium_form_custom_entry_attach (GtkWidget         *row,
                                 PodiumDocument    *document,
                                 PodiumFormGetText  get,
                                 PodiumFormSetText  set,
                                 gpointer           data,
                                 GDestroyNotify     destroy)
{
  Field *field;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row) && field_of (row) == NULL);

  field = row_field_new (FIELD_CUSTOM_TEXT, row, row);
  field->get_text = get;
  field->set_text = set;
  field->data = data;
  field->destroy = destroy;
  entry_row_start (field);
  field_set_document (field, document);
}

GtkWidget *
podium_form_custom_combo_row (PodiumDocument       *document,
                              const char           *title,
                              PodiumFormGetChoices  get,
                              PodiumFormChoose      choose,
                              gpointer              data,
                              GDestroyNotify        destroy)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  podium_form_custom_combo_attach (row, document, get, choose, data, destroy);
  return row;
}

void
podium_form_custom_combo_attach (GtkWidget            *row,
                                 PodiumDocument       *document,
                                 PodiumFormGetChoices  get,
                                 PodiumFormChoose      choose,
                                 gpointer              data,
                                 GDestroyNotify        destroy)
{
  Field *field;

  g_return_if_fail (ADW_IS_COMBO_ROW (row) && field_of (row) == NULL);

  field = row_field_new (FIELD_CUSTOM_COMBO, row, row);
  field->get_choices = get;
  field->choose = choose;
  field->data = data;
  field->destroy = destroy;
  field_set_document (field, document);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected_cb), field);
}

GtkWidget *
podium_form_object_combo_new (PodiumDocument *document,
                              const char     *title,
                              GListModel     *items,
                              const char     *none_label)
{
  GtkWidget *row = adw_combo_row_new ();
  Field *field = row_field_new (FIELD_OBJECT_COMBO, row, row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  field->items = g_object_ref (items);
  field->none_label = g_strdup (none_label);
  field_set_document (field, document);

  return row;
}

gpointer
podium_form_object_combo_get_selected (GtkWidget *combo)
{
  Field *field = g_object_get_data (G_OBJECT (combo), "podium-field");
  guint selected;

  g_return_val_if_fail (field != NULL && field->kind == FIELD_OBJECT_COMBO, NULL);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (combo));
  if (field->choices == NULL || selected >= field->choices->len)
    return NULL;
  return g_ptr_array_index (field->choices, selected);
}

/* A follower refreshes on each change; one made "when shown" only while it is shown, and
 * once when it is shown again after changes made while it was hidden, so that a hidden
 * view costs nothing per keystroke. (It must not hide itself: it would never refresh.)
 */
typedef struct
{
  PodiumDocument *document;
  GtkWidget      *widget;
  GCallback       refresh;
  gulong          handler;
  gboolean        when_shown;
  gboolean        stale;
} Follow;

static void
follow_refresh (Follow *follow)
{
  follow->stale = FALSE;
  ((void (*) (GtkWidget *)) follow->refresh) (follow->widget);
}

static void
on_follow_changed_cb (Follow *follow)
{
  if (!follow->when_shown || gtk_widget_get_mapped (follow->widget))
    follow_refresh (follow);
  else
    follow->stale = TRUE;
}

static void
on_follow_map_cb (GtkWidget *widget,
                  Follow    *follow)
{
  if (follow->stale)
    follow_refresh (follow);
}

static void
follow_free (Follow *follow)
{
  g_clear_signal_handler (&follow->handler, follow->document);
  g_clear_object (&follow->document);
  g_free (follow);
}

static void
on_follow_destroy_cb (GtkWidget *widget,
                      Follow    *follow)
{
  g_clear_signal_handler (&follow->handler, follow->document);
}

static void
follow_document (GtkWidget      *widget,
                 PodiumDocument *document,
                 GCallback       refresh,
                 gboolean        when_shown)
{
  Follow *follow = g_new0 (Follow, 1);
  g_autofree char *key = g_strdup_printf ("podium-follow-%p", (gpointer) refresh);

  follow->document = g_object_ref (document);
  follow->widget = widget;
  follow->refresh = refresh;
  follow->when_shown = when_shown;
  follow->handler = g_signal_connect_swapped (document, "changed",
                                              G_CALLBACK (on_follow_changed_cb), follow);
  g_object_set_data_full (G_OBJECT (widget), g_intern_string (key),
                          follow, (GDestroyNotify) follow_free);
  g_signal_connect (widget, "destroy", G_CALLBACK (on_follow_destroy_cb), follow);
  if (when_shown)
    g_signal_connect (widget, "map", G_CALLBACK (on_follow_map_cb), follow);
}

void
podium_form_follow_document (GtkWidget      *widget,
                             PodiumDocument *document,
                             GCallback       refresh)
{
  follow_document (widget, document, refresh, FALSE);
}

void
podium_form_follow_document_when_shown (GtkWidget      *widget,
                                        PodiumDocument *document,
                                        GCallback       refresh)
{
  follow_document (widget, document, refresh, TRUE);
}

