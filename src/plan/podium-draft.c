/* podium-draft.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "podium-draft.h"
#include "podium-json.h"

#define GROUP "Draft"

char *
podium_draft_get_dir (void)
{
  const char *env = g_getenv ("PODIUM_DRAFTS_DIR");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "podium", "drafts", NULL);
}

char *
podium_draft_make_id (GFile *original)
{
  g_autofree char *uri = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (original == NULL || G_IS_FILE (original), NULL);

  if (original == NULL)
    {
      uuid = g_uuid_string_random ();
      return g_strdup_printf ("untitled-%s", uuid);
    }

  uri = g_file_get_uri (original);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  hash[24] = '\0';
  return g_strdup_printf ("file-%s", hash);
}

static char *
draft_path (const char *id,
            const char *suffix)
{
  g_autofree char *dir = podium_draft_get_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

gboolean
podium_draft_write_bytes (const char      *id,
                          GBytes          *text,
                          GBytes          *base,
                          GFile           *original,
                          const char      *etag,
                          const char      *checksum,
                          gint64           size,
                          GError         **error)
{
  g_autofree char *dir = podium_draft_get_dir ();
  g_autofree char *path = draft_path (id, ".podium.json");
  g_autofree char *info_path = draft_path (id, ".draft");
  g_autofree char *base_path = draft_path (id, ".base.podium.json");
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *info_text = NULL;
  const char *data;
  gsize length = 0;

  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (original)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_key_file_set_string (info, GROUP, "original", uri);
    }
  if (etag)
    g_key_file_set_string (info, GROUP, "etag", etag);
  if (checksum)
    g_key_file_set_string (info, GROUP, "checksum", checksum);
  if (size >= 0)
    g_key_file_set_int64 (info, GROUP, "size", size);
  g_key_file_set_integer (info, GROUP, "pid", getpid ());
  g_key_file_set_int64 (info, GROUP, "written", g_get_real_time ());

  data = g_bytes_get_data (text, &length);

  /* What the original held when the changes began (or were last merged); a base written
   * before stays */
  if (base &&
      !g_file_set_contents_full (base_path, g_bytes_get_data (base, NULL), g_bytes_get_size (base),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  if (g_file_test (base_path, G_FILE_TEST_IS_REGULAR))
    g_key_file_set_boolean (info, GROUP, "base", TRUE);
  info_text = g_key_file_to_data (info, NULL, NULL);

  /* The document first: a sidecar never points at a draft that is not there */
  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error) &&
         g_file_set_contents_full (info_path, info_text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

void
podium_draft_remove (const char *id)
{
  g_autofree char *path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *base_path = NULL;

  g_return_if_fail (id != NULL);

  path = draft_path (id, ".podium.json");
  info_path = draft_path (id, ".draft");
  base_path = draft_path (id, ".base.podium.json");
  g_unlink (info_path);
  g_unlink (path);
  g_unlink (base_path);
}

void
podium_draft_free (PodiumDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->id);
  g_clear_object (&draft->draft);
  g_clear_object (&draft->original);
  g_clear_object (&draft->base);
  g_free (draft->etag);
  g_free (draft->checksum);
  g_free (draft);
}

/* A process id can be reused: only a running podium counts */
static gboolean
writer_is_running (int pid)
{
  g_autofree char *comm_path = NULL;
  g_autofree char *comm = NULL;

  if (pid <= 0)
    return FALSE;
  if (pid == getpid ())
    return TRUE;
  if (kill (pid, 0) != 0 && errno == ESRCH)
    return FALSE;

  comm_path = g_strdup_printf ("/proc/%d/comm", pid);
  if (!g_file_get_contents (comm_path, &comm, NULL, NULL))
    return TRUE;  /* no /proc: trust kill() */
  return g_str_has_prefix (comm, "podium");
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const PodiumDraft *da = *(PodiumDraft **) a;
  const PodiumDraft *db = *(PodiumDraft **) b;

  return (da->written < db->written) - (da->written > db->written);
}

GPtrArray *
podium_draft_list_orphans (void)
{
  g_autofree char *dir_path = podium_draft_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_draft_free);
  const char *name;

  if (dir == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) info = g_key_file_new ();
      g_autofree char *info_path = NULL;
      g_autofree char *path = NULL;
      g_autofree char *original = NULL;
      g_autofree char *id = NULL;
      PodiumDraft *draft;
      int pid;

      if (!g_str_has_suffix (name, ".draft"))
        continue;

      id = g_strndup (name, strlen (name) - strlen (".draft"));
      info_path = g_build_filename (dir_path, name, NULL);
      path = draft_path (id, ".podium.json");
      if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL) ||
          !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;

      pid = g_key_file_get_integer (info, GROUP, "pid", NULL);
      if (writer_is_running (pid))
        continue;

      draft = g_new0 (PodiumDraft, 1);
      draft->id = g_steal_pointer (&id);
      draft->draft = g_file_new_for_path (path);
      original = g_key_file_get_string (info, GROUP, "original", NULL);
      if (original && *original)
        draft->original = g_file_new_for_uri (original);
      draft->etag = g_key_file_get_string (info, GROUP, "etag", NULL);
      draft->checksum = g_key_file_get_string (info, GROUP, "checksum", NULL);
      draft->size = g_key_file_has_key (info, GROUP, "size", NULL)
        ? g_key_file_get_int64 (info, GROUP, "size", NULL) : -1;
      draft->written = g_key_file_get_int64 (info, GROUP, "written", NULL);
      if (g_key_file_get_boolean (info, GROUP, "base", NULL))
        {
          g_autofree char *base_path = draft_path (draft->id, ".base.podium.json");

          draft->base = g_file_new_for_path (base_path);
        }
      draft->pid = pid;
      g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_sort (drafts, compare_newest_first);
  return drafts;
}

PodiumDocument *
podium_draft_load (PodiumDraft  *draft,
                   GError      **error)
{
  g_return_val_if_fail (draft != NULL, NULL);

  return podium_json_read_file (draft->draft, error);
}
