/* podium-import.c — recognises a file's format by its content and reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "podium-export.h"
#include "podium-frab.h"
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
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  const char *data, *p, *end;
  gsize size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = podium_format_load_bytes (file, NULL, NULL, error)))
    return NULL;
  name = g_file_get_parse_name (file);

  /* Recognised by content, not by name: the first thing after spaces (and a byte-order
   * mark, which other tools write) */
  data = g_bytes_get_data (bytes, &size);
  end = data + size;
  p = data;
  if (size >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;

  if (p < end && *p == '<')
    return podium_frab_xml_read (bytes, name, error);

  /* A Podium document says so near its start; anything else with a "schedule" member
   * is a c3voc schedule.json */
  if (p < end && *p == '{' && g_strstr_len (data, MIN (size, 512), "\"format\"") == NULL &&
      g_strstr_len (data, (gssize) size, "\"schedule\"") != NULL)
    return podium_frab_json_read (bytes, name, error);

  return podium_json_read_bytes (bytes, name, error);
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
