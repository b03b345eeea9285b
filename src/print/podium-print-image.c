/* podium-print-image.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>
#include <string.h>

#include "podium-print-image.h"

struct _PodiumPrintImage
{
  GBytes *bytes;
  RsvgHandle *svg;          /* or */
  cairo_surface_t *png;
  double width;             /* intrinsic size, in any unit: only the aspect counts */
  double height;
};

typedef struct
{
  const guchar *data;
  gsize size;
  gsize offset;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->size - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static GFile *
resolve (GFile      *document_file,
         const char *path)
{
  g_autoptr(GFile) folder = NULL;

  if (g_path_is_absolute (path))
    return g_file_new_for_path (path);
  if (document_file != NULL)
    folder = g_file_get_parent (document_file);
  if (folder == NULL)
    folder = g_file_new_for_path (".");
  return g_file_resolve_relative_path (folder, path);
}

PodiumPrintImage *
podium_print_image_load (GFile       *document_file,
                         const char  *path,
                         GHashTable  *images,
                         GError     **error)
{
  static const guchar png_magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PodiumPrintImage) image = g_new0 (PodiumPrintImage, 1);
  const guchar *data;
  gsize size;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (images != NULL)
    {
      if ((bytes = g_hash_table_lookup (images, path)))
        g_bytes_ref (bytes);
      else
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       /* TRANSLATORS: %s is a file name */
                       _("“%s” could not be read"), path);
          return NULL;
        }
    }
  else
    {
      file = resolve (document_file, path);
      bytes = g_file_load_bytes (file, NULL, NULL, error);
      if (bytes == NULL)
        return NULL;
    }
  data = g_bytes_get_data (bytes, &size);

  if (size >= sizeof png_magic && memcmp (data, png_magic, sizeof png_magic) == 0)
    {
      PngReader reader = { data, size, 0 };

      image->png = cairo_image_surface_create_from_png_stream (read_png, &reader);
      if (cairo_surface_status (image->png) != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* TRANSLATORS: %s is a file name */
                       _("“%s” is not a PNG image Podium can read"), path);
          return NULL;
        }
      image->width = cairo_image_surface_get_width (image->png);
      image->height = cairo_image_surface_get_height (image->png);
    }
  else
    {
      gboolean has_width, has_height, has_viewbox;
      RsvgLength width, height;
      RsvgRectangle viewbox;

      image->svg = rsvg_handle_new_from_data (data, size, error);
      if (image->svg == NULL)
        return NULL;
      rsvg_handle_set_dpi (image->svg, 72);
      rsvg_handle_get_intrinsic_dimensions (image->svg, &has_width, &width, &has_height, &height,
                                            &has_viewbox, &viewbox);
      if (has_viewbox)
        {
          image->width = viewbox.width;
          image->height = viewbox.height;
        }
      else if (!rsvg_handle_get_intrinsic_size_in_pixels (image->svg, &image->width, &image->height))
        image->width = image->height = 0;
    }

  if (!(image->width > 0 && image->height > 0))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* TRANSLATORS: %s is a file name */
                   _("“%s” has no size to draw it at"), path);
      return NULL;
    }
  image->bytes = g_steal_pointer (&bytes);
  return g_steal_pointer (&image);
}

void
podium_print_image_free (PodiumPrintImage *image)
{
  if (image == NULL)
    return;
  g_clear_object (&image->svg);
  g_clear_pointer (&image->png, cairo_surface_destroy);
  g_clear_pointer (&image->bytes, g_bytes_unref);
  g_free (image);
}

double
podium_print_image_get_aspect (PodiumPrintImage *image)
{
  g_return_val_if_fail (image != NULL, 1);

  return image->width / image->height;
}

double
podium_print_image_draw (PodiumPrintImage *image,
                         cairo_t          *cr,
                         double            x,
                         double            y,
                         double            width,
                         double            height)
{
  double aspect, w, h;

  g_return_val_if_fail (image != NULL, 0);

  aspect = podium_print_image_get_aspect (image);
  w = MIN (width, height * aspect);
  h = w / aspect;
  if (cr == NULL)
    return w;

  cairo_save (cr);
  y += (height - h) / 2;
  if (image->svg != NULL)
    {
      RsvgRectangle viewport = { x, y, w, h };

      /* Vectors into the PDF, not pixels */
      rsvg_handle_render_document (image->svg, cr, &viewport, NULL);
    }
  else
    {
      cairo_translate (cr, x, y);
      cairo_scale (cr, w / image->width, h / image->height);
      cairo_set_source_surface (cr, image->png, 0, 0);
      cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
      cairo_paint (cr);
    }
  cairo_restore (cr);
  return w;
}

GBytes *
podium_print_image_get_bytes (PodiumPrintImage *image)
{
  g_return_val_if_fail (image != NULL, NULL);

  return image->bytes;
}

const char *
podium_print_image_get_mime_type (PodiumPrintImage *image)
{
  g_return_val_if_fail (image != NULL, NULL);

  return image->svg != NULL ? "image/svg+xml" : "image/png";
}

typedef struct
{
  GFile     *document_file;
  GPtrArray *paths;
} ImagesRead;

static void
images_read_free (ImagesRead *read)
{
  g_clear_object (&read->document_file);
  g_ptr_array_unref (read->paths);
  g_free (read);
}

static void
images_read_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ImagesRead *read = task_data;
  GHashTable *images = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_bytes_unref);

  for (guint i = 0; i < read->paths->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      const char *path = g_ptr_array_index (read->paths, i);
      g_autoptr(GFile) file = resolve (read->document_file, path);
      g_autoptr(GError) error = NULL;
      GBytes *bytes = g_file_load_bytes (file, cancellable, NULL, &error);

      if (bytes != NULL)
        g_hash_table_insert (images, g_strdup (path), bytes);
      else
        g_debug ("Leaving out the image %s: %s", path, error->message);
    }
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_hash_table_unref (images);
      g_task_return_error_if_cancelled (task);
      return;
    }
  g_task_return_pointer (task, images, (GDestroyNotify) g_hash_table_unref);
}

static void
add_path (GPtrArray  *paths,
          const char *path)
{
  if (path != NULL && *path != '\0' &&
      !g_ptr_array_find_with_equal_func (paths, path, g_str_equal, NULL))
    g_ptr_array_add (paths, g_strdup (path));
}

void
podium_print_images_read_async (PodiumDocument      *document,
                                GFile               *document_file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GListModel *organizations;
  ImagesRead *read;

  g_return_if_fail (PODIUM_IS_DOCUMENT (document));
  g_return_if_fail (document_file == NULL || G_IS_FILE (document_file));

  read = g_new0 (ImagesRead, 1);
  read->document_file = document_file ? g_object_ref (document_file) : NULL;
  read->paths = g_ptr_array_new_with_free_func (g_free);
  /* What the renderer and the HTML page draw */
  add_path (read->paths, podium_conference_get_funding_emblem (podium_document_get_conference (document)));
  organizations = podium_document_get_organizations (document);
  for (guint i = 0; i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(PodiumOrganization) organization = g_list_model_get_item (organizations, i);
      add_path (read->paths, podium_organization_get_logo (organization));
    }

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, podium_print_images_read_async);
  g_task_set_task_data (task, read, (GDestroyNotify) images_read_free);
  g_task_run_in_thread (task, images_read_thread);
}

GHashTable *
podium_print_images_read_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podium_print_images_read_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
