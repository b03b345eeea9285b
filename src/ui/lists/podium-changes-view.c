/* podium-changes-view.c — the published versions, what changed since one, sign-off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-accessible.h"

#include "podium-changes-view.h"
#include "podium-labels.h"
#include "podium-accessible.h"

struct _PodiumChangesView
{
  AdwBin          parent_instance;

  PodiumDocument *document;
  gulong          changed_handler;
  guint           since;          /* position in the versions, newest first */
  gboolean        refreshing;
  gboolean        stale;          /* the document changed while the view was not shown */

  GtkStack       *stack;
  GtkDropDown    *since_dropdown;
  GtkStringList  *since_labels;
  AdwPreferencesGroup *changes_group;
  GtkListBox     *changes_list;
  AdwPreferencesGroup *approvals_group;
  GtkListBox     *approvals_list;
  GtkLabel       *superseded_label;
};

G_DEFINE_FINAL_TYPE (PodiumChangesView, podium_changes_view, ADW_TYPE_BIN)

static PodiumVersion *
version_at (PodiumChangesView *self,
            guint              newest_first)
{
  GListModel *versions = podium_document_get_versions (self->document);
  guint n = g_list_model_get_n_items (versions);
  PodiumVersion *version;

  if (newest_first >= n)
    return NULL;
  /* Borrowed: the document holds its versions */
  version = g_list_model_get_item (versions, n - 1 - newest_first);
  g_object_unref (version);
  return version;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static GtkWidget *
text_row_new (const char *text,
              gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 10);
  gtk_widget_set_margin_bottom (label, 10);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static char *
when_text (gint64 time)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (time / G_USEC_PER_SEC);

  return podium_labels_date_time (when);
}

static void
on_approve_clicked_cb (GtkButton         *button,
                       PodiumChangesView *self)
{
  PodiumOrganization *organization = g_object_get_data (G_OBJECT (button), "organization");
  PodiumVersion *version = version_at (self, self->since);

  if (version)
    podium_document_add_approval (self->document, version, organization, g_get_real_name (),
                                  g_get_real_time (), NULL);
}

static void
on_withdraw_clicked_cb (GtkButton         *button,
                        PodiumChangesView *self)
{
  PodiumApproval *approval = g_object_get_data (G_OBJECT (button), "approval");
  PodiumVersion *version = version_at (self, self->since);

  if (version)
    podium_document_remove_approval (self->document, version, approval);
}

/* One row per co-organiser: who agreed for it and when, or a button to record it */
static void
refresh_approvals (PodiumChangesView *self,
                   PodiumVersion     *version)
{
  PodiumConference *conference = podium_document_get_conference (self->document);
  GPtrArray *co = podium_conference_get_co_organizers (conference);

  clear_list (self->approvals_list);
  if (co == NULL || co->len == 0)
    {
      gtk_list_box_append (self->approvals_list,
                           text_row_new (_("The conference has no co-organisers to agree with"), TRUE));
      gtk_widget_set_visible (GTK_WIDGET (self->superseded_label), FALSE);
      return;
    }

  for (guint i = 0; i < co->len; i++)
    {
      PodiumOrganization *organization = g_ptr_array_index (co, i);
      PodiumApproval *approval = podium_version_lookup_approval (version, organization);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     podium_labels_organization (organization));
      if (approval)
        {
          g_autofree char *when = when_text (podium_approval_get_date (approval));
          /* TRANSLATORS: who agreed to a version on behalf of an organisation, and when */
          g_autofree char *subtitle = g_strdup_printf (_("Agreed by %s, %s"),
                                                       podium_approval_get_by (approval), when);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          button = gtk_button_new_with_label (_("Withdraw"));
          g_object_set_data_full (G_OBJECT (button), "approval", g_object_ref (approval),
                                  g_object_unref);
          g_signal_connect (button, "clicked", G_CALLBACK (on_withdraw_clicked_cb), self);
        }
      else
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not agreed yet"));
          button = gtk_button_new_with_label (_("Record Agreement"));
          gtk_widget_add_css_class (button, "suggested-action");
          g_object_set_data_full (G_OBJECT (button), "organization", g_object_ref (organization),
                                  g_object_unref);
          g_signal_connect (button, "clicked", G_CALLBACK (on_approve_clicked_cb), self);
        }
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->approvals_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->superseded_label),
                          podium_version_is_superseded (version, self->document));
}

static void
refresh (PodiumChangesView *self)
{
  GListModel *versions = self->document ? podium_document_get_versions (self->document) : NULL;
  guint n = versions ? g_list_model_get_n_items (versions) : 0;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  PodiumVersion *version;

  self->stale = FALSE;
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "changes" : "empty");
  if (n == 0)
    return;

  /* The choice of version, newest first, keeping the one chosen */
  self->refreshing = TRUE;
  gtk_string_list_splice (self->since_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->since_labels)), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = podium_version_label (version_at (self, i));

      gtk_string_list_append (self->since_labels, name);
    }
  self->since = MIN (self->since, n - 1);
  gtk_drop_down_set_selected (self->since_dropdown, self->since);
  self->refreshing = FALSE;

  version = version_at (self, self->since);
  label = podium_version_label (version);
  when = when_text (podium_version_get_published (version));
  /* TRANSLATORS: the heading of the changes since a version: its name */
  title = g_strdup_printf (_("Since %s"), label);
  adw_preferences_group_set_title (self->changes_group, title);
  {
    /* TRANSLATORS: when and by whom a version was published */
    g_autofree char *published = g_strdup_printf (_("Published %s by %s"), when,
                                                  podium_version_get_publisher (version)
                                                    ? podium_version_get_publisher (version) : "");

    adw_preferences_group_set_description (self->changes_group, published);
  }

  clear_list (self->changes_list);
  changes = podium_changes_compute (version, self->document);
  for (guint i = 0; i < changes->len; i++)
    {
      PodiumChange *change = g_ptr_array_index (changes, i);

      gtk_list_box_append (self->changes_list, text_row_new (change->text, FALSE));
    }
  if (changes->len == 0)
    gtk_list_box_append (self->changes_list,
                         text_row_new (_("The programme is as it was published"), TRUE));

  refresh_approvals (self, version);
}

/* Comparing with a version reads the whole programme: only when someone looks */
static void
on_document_changed_cb (PodiumChangesView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
podium_changes_view_map (GtkWidget *widget)
{
  PodiumChangesView *self = PODIUM_CHANGES_VIEW (widget);

  GTK_WIDGET_CLASS (podium_changes_view_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

static void
on_since_selected_cb (PodiumChangesView *self)
{
  if (self->refreshing)
    return;
  self->since = gtk_drop_down_get_selected (self->since_dropdown);
  refresh (self);
}

/* Publishing: the version's name, a note, who publishes it */

typedef struct
{
  PodiumChangesView *self;
  GtkEditable       *name;
  GtkEditable       *note;
  GtkEditable       *publisher;
} Publishing;

static void
on_publish_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Publishing       *publishing)
{
  PodiumChangesView *self = publishing->self;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (publishing->name)));

  if (g_str_equal (response, "publish") && self->document && *name)
    {
      podium_document_publish_version (self->document, name,
                                       gtk_editable_get_text (publishing->note),
                                       gtk_editable_get_text (publishing->publisher),
                                       g_get_real_time ());
      self->since = 0;
      refresh (self);
    }
}

static GtkEditable *
entry_row (GtkWidget  *list,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return GTK_EDITABLE (row);
}

void
podium_changes_view_publish (PodiumChangesView *self)
{
  GtkWidget *dialog;
  GtkWidget *list = gtk_list_box_new ();
  Publishing *publishing = g_new0 (Publishing, 1);
  g_autofree char *name = NULL;
  guint n;

  g_return_if_fail (PODIUM_IS_CHANGES_VIEW (self));

  if (self->document == NULL)
    return;

  n = g_list_model_get_n_items (podium_document_get_versions (self->document));
  name = g_strdup_printf ("v%u", n + 1);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Publish Version"),
                                   _("Records what the programme says now, so that you can tell the partners later what changed since"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  publishing->self = self;
  publishing->name = entry_row (list, _("_Name"), name);
  publishing->note = entry_row (list, _("N_ote, such as “sent to the ministries”"), NULL);
  publishing->publisher = entry_row (list, _("Published _By"), g_get_real_name ());
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "publish", _("_Publish"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "publish",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "publish");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_publish_response_cb), publishing,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The widget */

static GtkWidget *
boxed_list_new (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static GtkWidget *
publish_button_new (PodiumChangesView *self,
                    gboolean           pill)
{
  GtkWidget *button = gtk_button_new_with_label (_("Publish Version…"));

  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  if (pill)
    {
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
    }
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (podium_changes_view_publish), self);
  return button;
}

static void
podium_changes_view_dispose (GObject *object)
{
  PodiumChangesView *self = PODIUM_CHANGES_VIEW (object);

  podium_changes_view_set_document (self, NULL);
  G_OBJECT_CLASS (podium_changes_view_parent_class)->dispose (object);
}

static void
podium_changes_view_class_init (PodiumChangesViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = podium_changes_view_dispose;
  GTK_WIDGET_CLASS (klass)->map = podium_changes_view_map;
}

static void
podium_changes_view_init (PodiumChangesView *self)
{
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *since_label = gtk_label_new_with_mnemonic (_("Changes _Since"));

  self->stack = GTK_STACK (gtk_stack_new ());

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-open-recent-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Version Published Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Publish the programme as a version when you send it to the partners; this view then lists what changed since"));
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), publish_button_new (self, TRUE));
  gtk_stack_add_named (self->stack, empty, "empty");

  /* Which version, and publishing the next */
  self->since_labels = gtk_string_list_new (NULL);
  self->since_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->since_labels), NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (since_label), GTK_WIDGET (self->since_dropdown));
  gtk_widget_set_hexpand (GTK_WIDGET (self->since_dropdown), TRUE);
  g_signal_connect_swapped (self->since_dropdown, "notify::selected",
                            G_CALLBACK (on_since_selected_cb), self);
  gtk_box_append (GTK_BOX (bar), since_label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->since_dropdown));
  gtk_box_append (GTK_BOX (bar), publish_button_new (self, FALSE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), bar);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  self->changes_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->changes_list = GTK_LIST_BOX (boxed_list_new ());
  adw_preferences_group_add (self->changes_group, GTK_WIDGET (self->changes_list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->changes_group);

  self->approvals_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->approvals_group, _("Agreed with the Co-organisers"));
  adw_preferences_group_set_description (self->approvals_group,
                                         _("The printed programme says so once every co-organiser has agreed to this version"));
  self->superseded_label = GTK_LABEL (gtk_label_new (_("The programme changed after everyone agreed: this version is superseded. Publish a new version and ask again.")));
  gtk_label_set_wrap (self->superseded_label, TRUE);
  gtk_label_set_xalign (self->superseded_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->superseded_label), "warning");
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->superseded_label), 12);
  adw_preferences_group_add (self->approvals_group, GTK_WIDGET (self->superseded_label));
  self->approvals_list = GTK_LIST_BOX (boxed_list_new ());
  adw_preferences_group_add (self->approvals_group, GTK_WIDGET (self->approvals_list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->approvals_group);

  gtk_stack_add_named (self->stack, page, "changes");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
  g_signal_connect (self->stack, "notify::visible-child",
                    G_CALLBACK (podium_accessible_hide_stack_pages), NULL);
}

GtkWidget *
podium_changes_view_new (void)
{
  return g_object_new (PODIUM_TYPE_CHANGES_VIEW, NULL);
}

void
podium_changes_view_set_document (PodiumChangesView *self,
                                  PodiumDocument    *document)
{
  g_return_if_fail (PODIUM_IS_CHANGES_VIEW (self));
  g_return_if_fail (document == NULL || PODIUM_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document)
    g_clear_signal_handler (&self->changed_handler, self->document);
  g_set_object (&self->document, document);
  self->since = 0;
  if (document)
    self->changed_handler = g_signal_connect_swapped (document, "changed",
                                                      G_CALLBACK (on_document_changed_cb), self);
  on_document_changed_cb (self);
}
