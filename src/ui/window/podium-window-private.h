/* podium-window-private.h — shared by podium-window.c, podium-window-actions.c and
 * podium-window-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-collection-view.h"
#include "podium-conflicts.h"
#include "podium-plan.h"
#include "podium-window.h"

G_BEGIN_DECLS

struct _PodiumWindow
{
  AdwApplicationWindow  parent_instance;

  /* The plan owns the document, its conflicts, its file, drafts and changes on disk;
   * document and conflicts are the plan's, followed on notify::document */
  PodiumPlan           *plan;
  PodiumDocument       *document;
  PodiumConflicts      *conflicts;
  guint                 loading;             /* plans being read for this window */
  guint                 header_idle;         /* update_header() after a layout pass */
  guint                 narrow_idle;         /* … and the lists' layout for the width */
  gboolean              narrow;              /* the lists' editors below them */
  GCancellable         *media_cancellable;   /* reading the open plan's video lengths */
  GSettings            *settings;
  PodiumSession        *inspected;
  PodiumDraft          *offered;   /* the draft of an earlier run the banner offers */
  gboolean              close_confirmed;
  gboolean              selecting;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwSqueezer          *header_squeezer;
  GtkWidget            *header_wide;         /* the title beside the wide switcher */
  GtkWidget            *header_narrow;       /* … beside the narrow switcher */
  GtkWidget            *header_title;        /* the title alone */
  GtkWidget            *title_box_wide;
  GtkWidget            *title_box_narrow;
  GtkLabel             *title_labels[3];     /* the same title on each of the three */
  GtkLabel             *subtitle_labels[3];
  AdwViewSwitcherBar   *switcher_bar;
  GtkMenuButton        *menu_button;
  GtkToggleButton      *inspector_button;
  GtkMenuButton        *problems_button;
  GtkPopover           *problems_popover;
  GtkBox               *problems_box;
  GtkImage             *problems_icon;
  GtkLabel             *problems_label;
  GtkWidget            *problem_headings[PODIUM_N_SEVERITIES];
  GtkListBox           *problem_lists[PODIUM_N_SEVERITIES];
  GtkRevealer          *draft_revealer;
  GtkLabel             *draft_label;
  GtkRevealer          *change_revealer;
  GtkLabel             *change_label;
  GtkWidget            *reload_button;
  GtkWidget            *merge_button;
  GtkStack             *main_stack;
  AdwFlap              *flap;
  AdwViewStack         *view_stack;
  GtkStack             *inspector_stack;
  AdwBin               *inspector_bin;
  GMenu                *recent_menu;

  GtkWidget            *schedule_view;
  PodiumCollectionView *sessions_view;
  PodiumCollectionView *people_view;
  PodiumCollectionView *organizations_view;
  PodiumCollectionView *rooms_view;
  PodiumCollectionView *participants_view;
  AdwBin               *conference_bin;
  GtkWidget            *changes_view;
};

/* podium-window.c */
void     _podium_window_set_plan         (PodiumWindow   *self,
                                          PodiumPlan     *plan);
void     _podium_window_update_title     (PodiumWindow   *self);
gboolean _podium_window_is_modified      (PodiumWindow   *self);
void     _podium_window_toast            (PodiumWindow   *self,
                                          const char     *title,
                                          gboolean        undoable);
PodiumCollectionView *_podium_window_get_current_list (PodiumWindow *self);
void     podium_window_show_session      (PodiumWindow   *self,
                                          PodiumSession  *session);


/* podium-window-actions.c */
void     _podium_window_class_add_actions (GtkWidgetClass *widget_class);
void     _podium_window_init_actions      (PodiumWindow   *self);
void     _podium_window_update_actions    (PodiumWindow   *self);

/* podium-window-files.c */
void     _podium_window_init_files        (PodiumWindow   *self);
GFile   *_podium_window_get_file          (PodiumWindow   *self);
GFile   *_podium_window_get_location      (PodiumWindow   *self);
void     _podium_window_files_changed     (PodiumWindow   *self);
void     _podium_window_show_disk_state   (PodiumWindow   *self);
void     _podium_window_update_draft_offer (PodiumWindow  *self);
gboolean _podium_window_close_request     (PodiumWindow   *self);
void     _podium_window_save              (PodiumWindow   *self);
void     _podium_window_save_as           (PodiumWindow   *self);
void     _podium_window_choose_file       (PodiumWindow   *self,
                                           gboolean        import);
void     _podium_window_open_example      (PodiumWindow   *self);
void     _podium_window_reload            (PodiumWindow   *self);
void     _podium_window_merge             (PodiumWindow   *self);
void     _podium_window_keep_mine         (PodiumWindow   *self);
void     _podium_window_recover_offered   (PodiumWindow   *self);
void     _podium_window_discard_offered   (PodiumWindow   *self);

G_END_DECLS
