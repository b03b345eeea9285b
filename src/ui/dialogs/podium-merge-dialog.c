/* podium-merge-dialog.c — choosing between two versions of what both sides changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-labels.h"
#include "podium-merge-dialog.h"

/* More conflicts than this scroll */
#define MAX_UNSCROLLED 3

static void
on_theirs_toggled_cb (GtkToggleButton     *button,
                      PodiumMergeConflict *conflict)
{
  podium_merge_conflict_set_choice (conflict, gtk_toggle_button_get_active (button)
                                              ? PODIUM_MERGE_THEIRS : PODIUM_MERGE_MINE);
}

/* Who saved the other version and when, as far as their file says: "Anna Schmidt, 14:02" */
static char *
theirs_text (PodiumMerge *merge)
{
  PodiumConference *conference = podium_document_get_conference (podium_merge_get_theirs (merge));
  const char *by = podium_conference_get_updated_by (conference);
  g_autofree char *time = podium_labels_wall_time (podium_conference_get_updated (conference));

  if (by && *by && time)
    /* TRANSLATORS: who saved the other version of a plan, and when */
    return g_strdup_printf (C_("who and when", "%s, %s"), by, time);
  if (by && *by)
    return g_strdup (by);
  if (time)
    return g_steal_pointer (&time);
  return g_strdup (_("theirs"));
}

static GtkWidget *
conflict_row_new (PodiumMergeConflict *conflict,
                  const char          *theirs_by)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *mine = gtk_toggle_button_new_with_label (_("Yours"));
  GtkWidget *theirs = gtk_toggle_button_new_with_label (_("Theirs"));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: a merge conflict: "Grußwort · Start" (what, which of its properties) */
  title = g_strdup_printf (_("%s · %s"), podium_merge_conflict_get_object_name (conflict),
                           podium_merge_conflict_get_label (conflict));
  /* TRANSLATORS: both values of a merge conflict: "10:00 (yours) · 10:30 (Anna Schmidt,
   * 20 November 2023, 14:02)": who saved the other value and when */
  subtitle = g_strdup_printf (_("%s (yours) · %s (%s)"),
                              podium_merge_conflict_get_mine_text (conflict),
                              podium_merge_conflict_get_theirs_text (conflict), theirs_by);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (theirs), GTK_TOGGLE_BUTTON (mine));
  gtk_toggle_button_set_active (podium_merge_conflict_get_choice (conflict) == PODIUM_MERGE_THEIRS
                                ? GTK_TOGGLE_BUTTON (theirs) : GTK_TOGGLE_BUTTON (mine), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (mine), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (theirs), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title, -1);
  g_signal_connect_object (theirs, "toggled", G_CALLBACK (on_theirs_toggled_cb), conflict, 0);
  gtk_box_append (GTK_BOX (box), mine);
  gtk_box_append (GTK_BOX (box), theirs);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

GtkWidget *
podium_merge_dialog_new (GtkWindow   *parent,
                         PodiumMerge *merge,
                         const char  *name,
                         gboolean     saving)
{
  GListModel *conflicts = podium_merge_get_conflicts (merge);
  guint n = g_list_model_get_n_items (conflicts);
  g_autofree char *heading = g_strdup_printf (_("Merge Changes to “%s”"), name);
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *theirs_by = theirs_text (merge);

  body = g_strdup_printf (ngettext ("Someone else saved this plan while you worked on it. Their other changes and yours are combined; %u thing was changed on both sides. Choose which version to keep.",
                                    "Someone else saved this plan while you worked on it. Their other changes and yours are combined; %u things were changed on both sides. Choose which version to keep.",
                                    n), n);
  dialog = adw_message_dialog_new (parent, heading, body);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumMergeConflict) conflict = g_list_model_get_item (conflicts, i);

      gtk_list_box_append (GTK_LIST_BOX (list), conflict_row_new (conflict, theirs_by));
    }
  /* A scrolled window that propagates its natural height asks for it at the list's
   * natural width, where no subtitle wraps, and then cuts the wrapped rows: a few
   * conflicts go in as they are, more in a list of a fixed height that scrolls */
  if (n <= MAX_UNSCROLLED)
    {
      gtk_widget_set_size_request (list, 480, -1);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
    }
  else
    {
      GtkWidget *scrolled = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
      gtk_widget_set_size_request (scrolled, 480, -1);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
    }

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "theirs", _("Take All _Theirs"),
                                    "merge", saving ? _("_Save") : _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}
