/* plan-client.c — a Podium without a window for tests/test-webdav.py: opens a plan through
 * PodiumPlan (any GIO location, dav:// included), makes edits with the document's
 * commands, and saves when told, as a second Podium on another desk would.
 *
 *   plan-client URI [--move SESSION=START] [--rename PERSON=NAME] [--wait]
 *                   [--resolve mine|theirs]
 *
 * Prints "loaded" once the edits are made; with --wait it then saves only after a line
 * on standard input. Exit 0: saved (after merging what someone else saved, if anything);
 * 1: their changes conflict with ours (listed on standard error) and --resolve was not
 * given; 2: any other failure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "podium-plan.h"

typedef struct
{
  GMainLoop    *loop;
  PodiumPlan   *plan;
  GError       *error;
} Client;

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Client *client = user_data;

  client->plan = podium_plan_load_finish (result, &client->error);
  g_main_loop_quit (client->loop);
}

static void
on_saved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Client *client = user_data;

  podium_plan_save_finish (PODIUM_PLAN (object), result, &client->error);
  g_main_loop_quit (client->loop);
}

static gboolean
save (Client *client)
{
  podium_plan_save_async (client->plan, NULL, PODIUM_PLAN_SAVE_NONE, NULL, on_saved_cb, client);
  g_main_loop_run (client->loop);
  return client->error == NULL;
}

static gboolean
split (const char  *arg,
       char       **key,
       char       **value)
{
  const char *eq = arg ? strchr (arg, '=') : NULL;

  if (eq == NULL)
    return FALSE;
  *key = g_strndup (arg, eq - arg);
  *value = g_strdup (eq + 1);
  return TRUE;
}

static void
list_conflicts (PodiumMerge *merge)
{
  GListModel *conflicts = podium_merge_get_conflicts (merge);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(PodiumMergeConflict) conflict = g_list_model_get_item (conflicts, i);

      g_printerr ("conflict: %s: %s: %s (mine) / %s (theirs)\n",
                  podium_merge_conflict_get_object_name (conflict),
                  podium_merge_conflict_get_label (conflict),
                  podium_merge_conflict_get_mine_text (conflict),
                  podium_merge_conflict_get_theirs_text (conflict));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("URI");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GMountOperation) operation = NULL;
  g_autofree char *move = NULL;
  g_autofree char *rename = NULL;
  g_autofree char *resolve = NULL;
  gboolean wait = FALSE;
  PodiumDocument *document;
  /* Static: the loop, the plan and the error live as long as the process, also on the
   * paths that exit early */
  static Client client;
  const GOptionEntry entries[] = {
    { "move", 0, 0, G_OPTION_ARG_STRING, &move, "Move a session to another start", "ID=START" },
    { "rename", 0, 0, G_OPTION_ARG_STRING, &rename, "Rename a person", "ID=NAME" },
    { "wait", 0, 0, G_OPTION_ARG_NONE, &wait, "Save after a line on standard input", NULL },
    { "resolve", 0, 0, G_OPTION_ARG_STRING, &resolve, "Take this side of every conflict", "mine|theirs" },
    { NULL }
  };
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("plan-client: %s\n", error ? error->message : "one URI, please");
      return 2;
    }

  client.loop = g_main_loop_new (NULL, FALSE);
  file = g_file_new_for_commandline_arg (argv[1]);
  /* What the window would pass as a GtkMountOperation; the test's share is anonymous */
  operation = g_mount_operation_new ();
  podium_plan_load_full_async (file, PODIUM_PLAN_LOAD_NONE, operation, NULL, on_loaded_cb, &client);
  g_main_loop_run (client.loop);
  if (client.plan == NULL)
    {
      g_printerr ("plan-client: %s\n", client.error->message);
      return 2;
    }
  document = podium_plan_get_document (client.plan);

  if (move)
    {
      g_autofree char *id = NULL;
      g_autofree char *start = NULL;
      PodiumSession *session;
      gint64 time;

      if (!split (move, &id, &start) ||
          !(session = podium_document_lookup (document, PODIUM_TYPE_SESSION, id)) ||
          !podium_time_parse (start, &time))
        {
          g_printerr ("plan-client: --move %s: no such session or time\n", move);
          return 2;
        }
      podium_document_move (document, session, podium_session_get_room (session), time);
    }
  if (rename)
    {
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      PodiumPerson *person;

      if (!split (rename, &id, &name) ||
          !(person = podium_document_lookup (document, PODIUM_TYPE_PERSON, id)))
        {
          g_printerr ("plan-client: --rename %s: no such person\n", rename);
          return 2;
        }
      podium_document_edit (document, person, "name", name, NULL);
    }

  g_print ("loaded\n");
  fflush (stdout);
  if (wait)
    {
      char line[64];

      if (fgets (line, sizeof line, stdin) == NULL)
        return 2;
    }

  if (!save (&client))
    {
      if (g_error_matches (client.error, PODIUM_PLAN_ERROR, PODIUM_PLAN_ERROR_MERGE_CONFLICTS) &&
          podium_plan_get_merge (client.plan))
        {
          g_printerr ("%s\n", client.error->message);
          list_conflicts (podium_plan_get_merge (client.plan));
          g_clear_error (&client.error);
          if (resolve == NULL)
            {
              podium_plan_cancel_merge (client.plan);
              status = 1;
            }
          else
            {
              podium_merge_choose_all (podium_plan_get_merge (client.plan),
                                       g_str_equal (resolve, "theirs") ? PODIUM_MERGE_THEIRS
                                                                       : PODIUM_MERGE_MINE);
              podium_plan_resolve_merge (client.plan);
              g_print ("resolved: %s\n", resolve);
              if (!save (&client))
                status = 2;
            }
        }
      else
        status = 2;
    }
  if (client.error)
    g_printerr ("plan-client: %s\n", client.error->message);
  else if (status == 0)
    g_print ("saved\n");

  podium_plan_discard_draft (client.plan);
  g_clear_error (&client.error);
  g_clear_object (&client.plan);
  g_main_loop_unref (client.loop);
  return status;
}
