/* podium-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-application.h"
#include "podium-ui.h"
#include "podium-window.h"

struct _PodiumApplication
{
  AdwApplication parent_instance;

  gboolean       drafts_offered;
};

G_DEFINE_FINAL_TYPE (PodiumApplication, podium_application, ADW_TYPE_APPLICATION)

static PodiumWindow *
new_window (PodiumApplication *self)
{
  PodiumWindow *window = podium_window_new (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* An empty window is reused rather than opening a second one */
static PodiumWindow *
get_empty_window (PodiumApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (PODIUM_IS_WINDOW (l->data) && podium_window_is_empty (l->data))
      return l->data;
  return new_window (self);
}

/* Whatever way Podium starts, drafts that a crashed run left behind are offered once */
static void
offer_drafts_once (PodiumApplication *self,
                   PodiumWindow      *window)
{
  if (self->drafts_offered)
    return;
  self->drafts_offered = TRUE;
  podium_window_offer_drafts (window);
}

static void
podium_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (new_window (PODIUM_APPLICATION (app)));
  gtk_window_present (window);
  offer_drafts_once (PODIUM_APPLICATION (app), PODIUM_WINDOW (window));
}

static void
podium_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      PodiumWindow *window = get_empty_window (PODIUM_APPLICATION (app));

      podium_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
      offer_drafts_once (PODIUM_APPLICATION (app), window);
    }
}

static void
on_new_action_cb (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  PodiumWindow *window = get_empty_window (user_data);

  podium_window_new_document (window);
}

static void
on_open_example_action_cb (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  PodiumWindow *window = get_empty_window (user_data);

  /* The window opens the bundled example as an unsaved copy */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
}

static void
on_quit_action_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  GApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Each window asks about its own unsaved changes before it closes */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
on_about_action_cb (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  static const char *developers[] = { "The Podium developers", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  adw_show_about_window (window,
                         "application-name", _("Podium"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Podium developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan conferences that several organisations run together"),
                         "website", "https://github.com/podiumplanner/podium",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         /* TRANSLATORS: your name, shown in the About window */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "new", on_new_action_cb },
  { "open-example", on_open_example_action_cb },
  { "quit", on_quit_action_cb },
  { "about", on_about_action_cb },
};

static void
podium_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (podium_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
podium_application_class_init (PodiumApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = podium_application_activate;
  app_class->open = podium_application_open;
  app_class->startup = podium_application_startup;
}

static void
podium_application_init (PodiumApplication *self)
{
  /* Before startup looks for the style sheet under the resource base path */
  podium_ui_register_resources ();
}

PodiumApplication *
podium_application_new (void)
{
  return g_object_new (PODIUM_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/podiumplanner/Podium",
                       NULL);
}
