/* podium-exporters.c — the table of export formats the command line and the window offer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-export.h"

static const PodiumExporter exporters[] = {
  { "podium", ".podium.json", "application/x-podium+json", FALSE, podium_json_export },
};

const PodiumExporter *
podium_exporter_list (guint *n_exporters)
{
  *n_exporters = G_N_ELEMENTS (exporters);
  return exporters;
}

const PodiumExporter *
podium_exporter_find (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    if (g_str_equal (exporters[i].name, name))
      return &exporters[i];
  return NULL;
}
