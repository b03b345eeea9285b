/* fuzz-replay.c — runs a fuzz target over files and folders, without libFuzzer
 *
 * Every CI run replays the corpora this way (gcc, no clang needed), so what a campaign
 * once found stays fixed. Prints TAP: one line per folder or file given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "podium-fuzz.h"

static guint
replay_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  /* The last of these before an abort names the input that caused it */
  g_print ("# %s\n", path);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  LLVMFuzzerInitialize (&argc, &argv);

  g_print ("1..%d\n", argc - 1);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      guint n = 0;

      if (dir == NULL)
        n = replay_file (argv[i]);
      else
        {
          const char *name;

          while ((name = g_dir_read_name (dir)))
            {
              g_autofree char *path = g_build_filename (argv[i], name, NULL);

              if (!g_file_test (path, G_FILE_TEST_IS_DIR) && name[0] != '.' &&
                  !g_str_has_suffix (name, ".md") && !g_str_has_suffix (name, ".tsv") &&
                  !g_str_has_suffix (name, ".py"))
                n += replay_file (path);
            }
        }
      /* A folder that holds nothing would replay nothing and pass */
      if (n == 0)
        g_print ("not ok %d - %s: no input\n", i, argv[i]);
      else
        g_print ("ok %d - %s: %u inputs\n", i, argv[i], n);
    }
  return 0;
}
