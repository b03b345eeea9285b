/* podium-merge-dialog.c — choosing between two versions of what both sides changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-labels.h"
#include "podium-merge-dialog.h"
#include "podium-ui.h"

struct _PodiumMergeDialog
{
  AdwMessageDialog   parent_instance;

  PodiumMerge       *merge;

  /* template children */
  GtkListBox        *list;
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (PodiumMergeDialog, podium_merge_dialog, ADW_TYPE_MESSAGE_DIALOG)

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

/* Overrides */

static void
podium_merge_dialog_finalize (GObject *object)
{
  PodiumMergeDialog *self = PODIUM_MERGE_DIALOG (object);

  g_clear_object (&self->merge);

  G_OBJECT_CLASS (podium_merge_dialog_parent_class)->finalize (object);
}

static void
podium_merge_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PODIUM_TYPE_MERGE_DIALOG);

  G_OBJECT_CLASS (podium_merge_dialog_parent_class)->dispose (object);
}

static void
podium_merge_dialog_class_init (PodiumMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_merge_dialog_dispose;
  object_class->finalize = podium_merge_dialog_finalize;

  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/podiumplanner/Podium/"
                                               "podium-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PodiumMergeDialog, list);
  gtk_widget_class_bind_template_child (widget_class, PodiumMergeDialog, scroller);
}

static void
podium_merge_dialog_init (PodiumMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
podium_merge_dialog_new (GtkWindow   *parent,
                         PodiumMerge *merge,
                         const char  *name,
                         gboolean     saving)
{
  PodiumMergeDialog *self;
  GListModel *conflicts;
  guint n;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *theirs_by = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PODIUM_IS_MERGE (merge), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  conflicts = podium_merge_get_conflicts (merge);
  n = g_list_model_get_n_items (conflicts);
  heading = g_strdup_printf (_("Merge Changes to “%s”"), name);
  body = g_strdup_printf (ngettext ("Someone else saved this plan while you worked on it. Their other changes and yours are combined; %u thing was changed on both sides. Choose which version to keep.",
                                    "Someone else saved this plan while you worked on it. Their other changes and yours are combined; %u things were changed on both sides. Choose which version to keep.",
                                    n), n);
  self = g_object_new (PODIUM_TYPE_MERGE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", heading,
                       "body", body,
                       NULL);
  self->merge = g_object_ref (merge);
  if (saving)
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "merge", _("_Save"));

  theirs_by = theirs_text (merge);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumMergeConflict) conflict = g_list_model_get_item (conflicts, i);

      gtk_list_box_append (self->list, conflict_row_new (conflict, theirs_by));
    }
  /* A scrolled window that propagates its natural height asks for it at the list's
   * natural width, where no subtitle wraps, and then cuts the wrapped rows: a few
   * conflicts go in as they are, more in the scroller of a fixed height */
  if (n > MAX_UNSCROLLED)
    {
      GtkWidget *list = GTK_WIDGET (self->list);

      g_object_ref (list);
      gtk_box_remove (GTK_BOX (gtk_widget_get_parent (list)), list);
      gtk_scrolled_window_set_child (self->scroller, list);
      g_object_unref (list);
      gtk_widget_set_visible (GTK_WIDGET (self->scroller), TRUE);
    }
  return GTK_WIDGET (self);
}
