/* podium-window-files.c — the window's plan file: open, save, save as, asking before
 * changes are lost, recent plans, changes on disk (reload, merge, replace), drafts
 *
 * Everything about a plan's file (reading, writing, drafts, changes on disk) is
 * PodiumPlan's (src/plan/); what is here asks the user and calls it. The actions that
 * start these are in podium-window-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-editors.h"
#include "podium-export-dialog.h"
#include "podium-merge-dialog.h"
#include "podium-ui.h"
#include "podium-window-private.h"

typedef void (*Then) (PodiumWindow *self,
                      gpointer      data);

/* What to do once the user has saved, discarded, or chosen a file */
typedef struct
{
  PodiumWindow   *self;
  Then            then;
  gpointer        data;
  GDestroyNotify  destroy;
} Continuation;

static void save_as (PodiumWindow *self,
                     Continuation *after);

static Continuation *
continuation_new (PodiumWindow   *self,
                  Then            then,
                  gpointer        data,
                  GDestroyNotify  destroy)
{
  Continuation *c = g_new0 (Continuation, 1);

  c->self = g_object_ref (self);
  c->then = then;
  c->data = data;
  c->destroy = destroy;
  return c;
}

static void
continuation_free (Continuation *c)
{
  if (c == NULL)
    return;
  if (c->destroy)
    c->destroy (c->data);
  g_object_unref (c->self);
  g_free (c);
}

static void
continuation_run (Continuation *c)
{
  if (c == NULL)
    return;
  if (c->then)
    c->then (c->self, c->data);
  continuation_free (c);
}

GFile *
_podium_window_get_file (PodiumWindow *self)
{
  return self->plan ? podium_plan_get_file (self->plan) : NULL;
}

GFile *
_podium_window_get_location (PodiumWindow *self)
{
  return self->plan ? podium_plan_get_location (self->plan) : NULL;
}

static char *
display_name (PodiumWindow *self)
{
  if (_podium_window_get_file (self))
    return g_file_get_basename (_podium_window_get_file (self));
  return g_strdup (gtk_label_get_text (self->title_labels[0]));
}

static void
show_error (PodiumWindow *self,
            const char   *heading,
            const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Changes on disk: the plan watches its file and says when someone else changed it */

void
_podium_window_show_disk_state (PodiumWindow *self)
{
  PodiumPlanDiskState state = self->plan ? podium_plan_get_disk_state (self->plan)
                                         : PODIUM_PLAN_DISK_SAME;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  /* Hidden, not only folded away: a screen reader would read the notice's buttons */
  gtk_widget_set_visible (GTK_WIDGET (self->change_revealer), state != PODIUM_PLAN_DISK_SAME);
  if (state == PODIUM_PLAN_DISK_SAME)
    {
      gtk_revealer_set_reveal_child (self->change_revealer, FALSE);
      return;
    }

  name = display_name (self);
  if (state == PODIUM_PLAN_DISK_DELETED)
    text = g_strdup_printf (_("“%s” was moved or deleted. Save to write your version again."), name);
  else if (_podium_window_is_modified (self))
    text = g_strdup_printf (_("“%s” was changed by someone else. Merge their changes into yours (saving merges too), reload theirs, or keep yours and replace theirs."), name);
  else
    text = g_strdup_printf (_("“%s” was changed by someone else. Reload it, or keep your version and replace theirs when you save."), name);
  gtk_label_set_text (self->change_label, text);
  gtk_widget_set_visible (self->reload_button, state == PODIUM_PLAN_DISK_CHANGED);
  gtk_widget_set_visible (self->merge_button,
                          state == PODIUM_PLAN_DISK_CHANGED && _podium_window_is_modified (self));
  gtk_revealer_set_reveal_child (self->change_revealer, TRUE);
}

/* Recent files */

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;
  /* owned by the infos */
  GDateTime *ma = gtk_recent_info_get_modified (ia);
  GDateTime *mb = gtk_recent_info_get_modified (ib);

  return -g_date_time_compare (ma, mb);
}

static void
rebuild_recent_menu (PodiumWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  g_autoptr(GPtrArray) recent = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (g_str_has_suffix (gtk_recent_info_get_uri (info), ".podium.json") &&
          gtk_recent_info_exists (info))
        g_ptr_array_add (recent, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (recent, compare_recent);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < recent->len && i < 10; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (recent, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
  if (recent->len == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Plans"), "win.none");
      g_menu_append_item (self->recent_menu, item);
    }
}

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

void
_podium_window_files_changed (PodiumWindow *self)
{
  rebuild_recent_menu (self);
}

/* Saving */

static void save_to (PodiumWindow        *self,
                     GFile               *file,
                     PodiumPlanSaveFlags  flags,
                     Continuation        *after);

static void
on_wrong_etag_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           Continuation     *after)
{
  PodiumWindow *self = after->self;

  if (g_str_equal (response, "replace"))
    save_to (self, NULL, PODIUM_PLAN_SAVE_REPLACE, after);
  else if (g_str_equal (response, "save-as"))
    save_as (self, after);
  else
    continuation_free (after);
}

static void
ask_replace (PodiumWindow *self,
             Continuation *after)
{
  g_autofree char *name = display_name (self);
  g_autofree char *heading = g_strdup_printf (_("“%s” Changed on Disk"), name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("Someone else changed the file since you opened it. Saving now replaces their version with yours."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_wrong_etag_response_cb), after);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Someone else's changes conflict with ours: the user chooses, then @after saves (or,
 * with %NULL, the merge only comes into the window) */
typedef struct
{
  PodiumWindow *self;
  Continuation *after;
  gboolean      save;
} Merging;

static void
on_merge_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Merging          *merging)
{
  PodiumWindow *self = merging->self;
  PodiumMerge *merge = self->plan ? podium_plan_get_merge (self->plan) : NULL;

  if (merge == NULL || g_str_equal (response, "cancel"))
    {
      /* Both files stay as they are */
      if (merge)
        podium_plan_cancel_merge (self->plan);
      continuation_free (merging->after);
    }
  else
    {
      if (g_str_equal (response, "theirs"))
        podium_merge_choose_all (merge, PODIUM_MERGE_THEIRS);
      podium_plan_resolve_merge (self->plan);
      if (merging->save)
        save_to (self, NULL, PODIUM_PLAN_SAVE_NONE, merging->after);
      else
        {
          _podium_window_toast (self, _("Their changes merged"), FALSE);
          continuation_free (merging->after);
        }
    }
  g_object_unref (merging->self);
  g_free (merging);
}

static void
ask_merge (PodiumWindow *self,
           Continuation *after,
           gboolean      save)
{
  g_autofree char *name = display_name (self);
  GtkWidget *dialog = podium_merge_dialog_new (GTK_WINDOW (self), podium_plan_get_merge (self->plan),
                                               name, save);
  Merging *merging = g_new0 (Merging, 1);

  merging->self = g_object_ref (self);
  merging->after = after;
  merging->save = save;
  g_signal_connect (dialog, "response", G_CALLBACK (on_merge_response_cb), merging);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_saved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Continuation *after = user_data;
  PodiumWindow *self = after->self;
  g_autoptr(GError) error = NULL;

  if (!podium_plan_save_finish (PODIUM_PLAN (object), result, &error))
    {
      if (g_error_matches (error, PODIUM_PLAN_ERROR, PODIUM_PLAN_ERROR_MERGE_CONFLICTS))
        ask_merge (self, after, TRUE);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        ask_replace (self, after);
      else
        {
          show_error (self, _("Could Not Save"), error->message);
          continuation_free (after);
        }
      return;
    }

  add_recent (podium_plan_get_file (PODIUM_PLAN (object)));
  _podium_window_toast (self, _("Saved"), FALSE);
  continuation_run (after);
}

/* Saves to @file (%NULL: the plan's own) in the background; runs @after once saved */
static void
save_to (PodiumWindow        *self,
         GFile               *file,
         PodiumPlanSaveFlags  flags,
         Continuation        *after)
{
  if (podium_plan_get_mount_operation (self->plan) == NULL)
    {
      g_autoptr(GMountOperation) mount = gtk_mount_operation_new (GTK_WINDOW (self));

      podium_plan_set_mount_operation (self->plan, mount);
    }
  podium_plan_save_async (self->plan, file, flags, NULL, on_saved_cb, after);
}

/* Saves to the plan's file, or asks for one; runs @after once saved */
static void
save (PodiumWindow *self,
      Continuation *after)
{
  if (_podium_window_get_file (self) == NULL)
    save_as (self, after);
  else
    save_to (self, NULL, PODIUM_PLAN_SAVE_NONE, after);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *pattern,
            ...)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  va_list args;

  gtk_file_filter_set_name (filter, name);
  if (mime_type)
    gtk_file_filter_add_mime_type (filter, mime_type);
  va_start (args, pattern);
  for (const char *p = pattern; p; p = va_arg (args, const char *))
    gtk_file_filter_add_pattern (filter, p);
  va_end (args);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
on_save_as_response_cb (GtkNativeDialog *native,
                        int              response,
                        Continuation    *after)
{
  PodiumWindow *self = after->self;
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      continuation_free (after);
      g_object_unref (native);
      return;
    }

  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  basename = g_file_get_basename (chosen);
  if (g_str_has_suffix (basename, ".podium.json"))
    file = g_object_ref (chosen);
  else
    {
      g_autoptr(GFile) parent = g_file_get_parent (chosen);
      g_autofree char *stem = g_str_has_suffix (basename, ".json")
        ? g_strndup (basename, strlen (basename) - strlen (".json"))
        : g_strdup (basename);
      g_autofree char *fixed = g_strconcat (stem, ".podium.json", NULL);

      file = g_file_get_child (parent, fixed);
    }

  /* The chooser asked before replacing another file */
  save_to (self, file, PODIUM_PLAN_SAVE_REPLACE, after);
  g_object_unref (native);
}

static void
save_as (PodiumWindow *self,
         Continuation *after)
{
  GtkFileChooserNative *native;
  g_autofree char *name = podium_export_suggested_name (self->document, ".podium.json");

  native = gtk_file_chooser_native_new (_("Save Conference Plan"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), _("Conference Plans"), "application/x-podium+json",
              "*.podium.json", NULL);
  if (_podium_window_get_file (self))
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), _podium_window_get_file (self), NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (on_save_as_response_cb), after);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Asking before changes are lost */

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Continuation     *then)
{
  PodiumWindow *self = then->self;

  if (g_str_equal (response, "discard"))
    {
      podium_plan_discard_draft (self->plan);
      continuation_run (then);
    }
  else if (g_str_equal (response, "save"))
    save (self, then);
  else
    continuation_free (then);
}

/* Runs @then now if nothing would be lost, or after the user saved or discarded */
static void
confirm_discard (PodiumWindow   *self,
                 Then            then,
                 gpointer        data,
                 GDestroyNotify  destroy)
{
  Continuation *c = continuation_new (self, then, data, destroy);
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (!_podium_window_is_modified (self))
    {
      continuation_run (c);
      return;
    }

  name = display_name (self);
  body = g_strdup_printf (_("“%s” has changes that are not saved. Changes that are discarded are lost for good."), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response_cb), c);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_now (PodiumWindow *self,
           gpointer      data)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

gboolean
_podium_window_close_request (PodiumWindow *self)
{
  if (self->close_confirmed || !_podium_window_is_modified (self))
    {
      if (self->plan)
        podium_plan_discard_draft (self->plan);
      return FALSE;
    }
  confirm_discard (self, close_now, NULL, NULL);
  return TRUE;
}

/* Opening */

static void
show_open_error (PodiumWindow *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  GtkWidget *dialog;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (error->message);
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);
  g_autofree char *body = NULL;
  guint n = g_strv_length (lines);

  body = g_strdup_printf (ngettext ("The file has %u problem:", "The file has %u problems:", n), n);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_widget_set_size_request (scrolled, 460, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shows @plan instead of the one the window had; its changes were saved or discarded */
static void
replace_plan (PodiumWindow *self,
              PodiumPlan   *plan)
{
  if (self->plan)
    podium_plan_discard_draft (self->plan);
  _podium_window_set_plan (self, plan);
}

typedef struct
{
  PodiumWindow *self;
  GFile        *file;
} Opening;

static void
opening_free (Opening *opening)
{
  g_object_unref (opening->self);
  g_object_unref (opening->file);
  g_free (opening);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Opening, opening_free)

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(Opening) opening = user_data;
  PodiumWindow *self = opening->self;
  g_autoptr(PodiumPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  self->loading--;
  if (!(plan = podium_plan_load_finish (result, &error)))
    {
      show_open_error (self, opening->file, error);
      return;
    }

  replace_plan (self, plan);
  if (podium_plan_get_file (plan))
    add_recent (podium_plan_get_file (plan));
}

/* Reads @file in the background and shows it: a Podium plan saves back to it, anything
 * else opens as an unsaved plan */
static void
load_file (PodiumWindow        *self,
           GFile               *file,
           PodiumPlanLoadFlags  flags)
{
  Opening *opening = g_new0 (Opening, 1);

  /* A plan on a share that is not mounted yet asks for a password over this window */
  g_autoptr(GMountOperation) mount = gtk_mount_operation_new (GTK_WINDOW (self));

  opening->self = g_object_ref (self);
  opening->file = g_object_ref (file);
  self->loading++;
  podium_plan_load_full_async (file, flags, mount, NULL, on_loaded_cb, opening);
}

static void
then_load (PodiumWindow *self,
           gpointer      data)
{
  load_file (self, data, PODIUM_PLAN_LOAD_NONE);
}

void
podium_window_open (PodiumWindow *self,
                    GFile        *file)
{
  g_return_if_fail (PODIUM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  confirm_discard (self, then_load, g_object_ref (file), g_object_unref);
}

static void
then_new (PodiumWindow *self,
          gpointer      data)
{
  g_autoptr(PodiumDocument) document = podium_document_new ();
  g_autoptr(PodiumPlan) plan = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today_text = g_date_time_format (now, "%Y-%m-%d");
  int today = 0;

  podium_time_parse_date (today_text, &today);
  /* Not undo steps: a new plan starts from these */
  g_object_set (podium_document_get_conference (document),
                "title", _("New Conference"),
                "start-date", today,
                "end-date", today,
                NULL);

  plan = podium_plan_new (document);
  replace_plan (self, plan);

  adw_view_stack_set_visible_child_name (self->view_stack, "conference");
  podium_editor_focus_first (adw_bin_get_child (self->conference_bin));
}

void
podium_window_new_document (PodiumWindow *self)
{
  g_return_if_fail (PODIUM_IS_WINDOW (self));

  confirm_discard (self, then_new, NULL, NULL);
}

static void
on_open_response_cb (GtkNativeDialog *native,
                     int              response,
                     PodiumWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      /* Asked before the chooser opened */
      load_file (self, file, PODIUM_PLAN_LOAD_NONE);
    }
  g_object_unref (native);
}

static void
then_choose_file (PodiumWindow *self,
                  gpointer      data)
{
  gboolean import = GPOINTER_TO_INT (data);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (import ? _("Import a Schedule") : _("Open Conference Plan"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        import ? _("_Import") : _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (!import)
    {
      add_filter (GTK_FILE_CHOOSER (native), _("All Supported Files"), NULL,
                  "*.podium.json", "*.xml", "*.json", NULL);
      add_filter (GTK_FILE_CHOOSER (native), _("Conference Plans"), "application/x-podium+json",
                  "*.podium.json", NULL);
    }
  add_filter (GTK_FILE_CHOOSER (native), _("Schedules (frab XML or JSON)"), NULL,
              "*.xml", "*.json", NULL);
  add_filter (GTK_FILE_CHOOSER (native), _("frab schedule.xml"), "application/xml", "*.xml", NULL);
  add_filter (GTK_FILE_CHOOSER (native), _("frab schedule.json"), "application/json", "*.json", NULL);
  if (_podium_window_get_file (self))
    {
      g_autoptr(GFile) folder = g_file_get_parent (_podium_window_get_file (self));
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  g_signal_connect (native, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
then_open_example (PodiumWindow *self,
                   gpointer      data)
{
  g_autoptr(GFile) file = podium_ui_get_example_file ();

  /* The bundled example is never written to: it opens as an unsaved copy */
  load_file (self, file, PODIUM_PLAN_LOAD_AS_COPY);
}

/* What the actions start */

void
_podium_window_init_files (PodiumWindow *self)
{
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);
}

void
_podium_window_save (PodiumWindow *self)
{
  save (self, continuation_new (self, NULL, NULL, NULL));
}

void
_podium_window_save_as (PodiumWindow *self)
{
  save_as (self, continuation_new (self, NULL, NULL, NULL));
}

/* Asks before changes are lost, then for a plan to open or (@import) a schedule */
void
_podium_window_choose_file (PodiumWindow *self,
                            gboolean      import)
{
  confirm_discard (self, then_choose_file, GINT_TO_POINTER (import), NULL);
}

void
_podium_window_open_example (PodiumWindow *self)
{
  confirm_discard (self, then_open_example, NULL, NULL);
}

/* Changes on disk: reload, merge, keep mine */

typedef struct
{
  PodiumWindow *self;
  char         *view;
} Reloading;

static void
on_reloaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Reloading *reloading = user_data;
  PodiumWindow *self = reloading->self;
  g_autoptr(GError) error = NULL;

  if (podium_plan_reload_finish (PODIUM_PLAN (object), result, &error))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, reloading->view);
      _podium_window_toast (self, _("Reloaded from disk"), FALSE);
    }
  else
    show_open_error (self, podium_plan_get_file (PODIUM_PLAN (object)), error);
  g_object_unref (reloading->self);
  g_free (reloading->view);
  g_free (reloading);
}

void
_podium_window_reload (PodiumWindow *self)
{
  Reloading *reloading;

  if (_podium_window_get_file (self) == NULL)
    return;
  reloading = g_new0 (Reloading, 1);
  reloading->self = g_object_ref (self);
  reloading->view = g_strdup (adw_view_stack_get_visible_child_name (self->view_stack));
  podium_plan_reload_async (self->plan, NULL, on_reloaded_cb, reloading);
}

static void
on_merged_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PodiumWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (podium_plan_merge_finish (PODIUM_PLAN (object), result, &error))
    _podium_window_toast (self, _("Their changes merged"), FALSE);
  else if (g_error_matches (error, PODIUM_PLAN_ERROR, PODIUM_PLAN_ERROR_MERGE_CONFLICTS))
    ask_merge (self, NULL, FALSE);
  else
    show_error (self, _("Could Not Merge"), error->message);
}

void
_podium_window_merge (PodiumWindow *self)
{

  if (self->plan == NULL || _podium_window_get_file (self) == NULL)
    return;
  podium_plan_merge_async (self->plan, NULL, on_merged_cb, g_object_ref (self));
}

void
_podium_window_keep_mine (PodiumWindow *self)
{

  /* The user has seen the other version and chose to replace it */
  if (self->plan)
    podium_plan_keep_mine (self->plan);
  gtk_revealer_set_reveal_child (self->change_revealer, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->change_revealer), FALSE);
}

/* Drafts from an earlier run: offered in a banner, never in the way of what the user
 * opened. A window with a plan offers only that plan's draft; the empty window offers
 * the newest draft of any plan. */

static void
on_recovered_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PodiumWindow) self = user_data;
  g_autoptr(PodiumPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  self->loading--;
  if (!(plan = podium_plan_recover_finish (result, &error)))
    {
      show_error (self, _("Could Not Recover"), error->message);
      return;
    }
  replace_plan (self, plan);
  _podium_window_toast (self, _("Unsaved changes recovered"), FALSE);
}

static void
recover_into (PodiumWindow *self,
              PodiumDraft  *draft)
{
  self->loading++;
  podium_plan_recover_async (draft, NULL, on_recovered_cb, g_object_ref (self));
}

void
_podium_window_update_draft_offer (PodiumWindow *self)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *when_text = NULL;
  g_autofree char *body = NULL;
  GFile *file = _podium_window_get_file (self);
  PodiumDraft *draft = NULL;

  g_clear_pointer (&self->offered, podium_draft_free);
  if (self->loading == 0 && (self->plan == NULL || file != NULL))
    {
      /* A few small files in the drafts folder */
      drafts = podium_draft_list_orphans ();
      for (guint i = 0; i < drafts->len && draft == NULL; i++)
        {
          PodiumDraft *d = g_ptr_array_index (drafts, i);

          if (g_strcmp0 (d->id, self->plan ? podium_plan_get_draft_id (self->plan) : NULL) == 0)
            continue;   /* recovered here: ours now */
          if (self->plan == NULL ||
              (d->original && g_file_equal (d->original, file)))
            draft = g_ptr_array_steal_index (drafts, i);
        }
    }
  /* Hidden, not only folded away: assistive technologies read nothing of it */
  gtk_widget_set_visible (GTK_WIDGET (self->draft_revealer), draft != NULL);
  gtk_revealer_set_reveal_child (self->draft_revealer, draft != NULL);
  if (draft == NULL)
    return;

  self->offered = draft;
  when = g_date_time_new_from_unix_local (draft->written / G_USEC_PER_SEC);
  when_text = podium_labels_date_time (when);
  if (draft->original)
    {
      g_autofree char *name = g_file_get_basename (draft->original);

      /* TRANSLATORS: the first %s is a file name, the second a date and time */
      body = g_strdup_printf (_("Podium ended before the changes to “%s” were saved. A draft of them was kept at %s. Recover them?"),
                              name, when_text);
    }
  else
    /* TRANSLATORS: %s is a date and time */
    body = g_strdup_printf (_("Podium ended before a new plan was saved. A draft of it was kept at %s. Recover it?"),
                            when_text);
  gtk_label_set_text (self->draft_label, body);
}

void
podium_window_offer_drafts (PodiumWindow *self)
{
  g_return_if_fail (PODIUM_IS_WINDOW (self));

  _podium_window_update_draft_offer (self);
}

/* The draft the banner offers: into this window, or a new one if this one has changes */
void
_podium_window_recover_offered (PodiumWindow *self)
{
  g_autoptr(PodiumDraft) draft = g_steal_pointer (&self->offered);
  PodiumWindow *target = self;

  gtk_widget_set_visible (GTK_WIDGET (self->draft_revealer), FALSE);
  if (draft == NULL)
    return;
  /* Into this window when nothing of it would be lost */
  if (_podium_window_is_modified (self))
    {
      target = podium_window_new (gtk_window_get_application (GTK_WINDOW (self)));
      gtk_window_present (GTK_WINDOW (target));
    }
  recover_into (target, draft);
}

void
_podium_window_discard_offered (PodiumWindow *self)
{

  if (self->offered)
    podium_draft_remove (self->offered->id);
  _podium_window_update_draft_offer (self);
}
