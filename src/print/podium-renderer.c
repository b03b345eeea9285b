/* podium-renderer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "podium-labels.h"
#include "podium-print-image.h"
#include "podium-print-language.h"
#include "podium-programme.h"
#include "podium-renderer.h"
#include "podium-schedule.h"
#include "podium-time.h"

/* The page is built from units that pagination never splits: the title block,
 * a day heading, the head of a parallel block, one session's entry, one person,
 * one table row.  Every unit has one function that measures it (cr == NULL) and
 * draws it, so what pagination measured is exactly what gets drawn. */

typedef enum
{
  UNIT_TITLE,        /* programme: title, subtitle, dates, venue, organisers */
  UNIT_DAY,          /* programme, run of show: the day heading (+ column heads) */
  UNIT_BLOCK_HEAD,   /* programme: time and "Parallel sessions" */
  UNIT_ENTRY,        /* programme: one session */
  UNIT_HEADING,      /* speakers: the document heading */
  UNIT_PERSON,       /* speakers: one person or organisation with a role */
  UNIT_ROW,          /* run of show: one cue */
  UNIT_ROOM_HEAD,    /* room sign: the room, its day, the first two sessions in large type */
  UNIT_ROOM_LATER,   /* room sign: the heading over the rest of the day */
  UNIT_ROOM_ROW,     /* room sign: one more session of the day */
  UNIT_NOTICES,      /* programme: funding and recording notices, at the end */
  UNIT_BADGE,        /* badges: one name badge, in its slot on the sheet */
  UNIT_ATT_HEAD,     /* attendance: a session's header and the table's head row */
  UNIT_ATT_ROW,      /* attendance: one participant with room to sign */
  UNIT_ATT_COUNT,    /* attendance: "24 participants" under the table */
} UnitKind;

typedef struct _Unit Unit;
struct _Unit
{
  UnitKind  kind;
  gpointer  data;
  Unit     *day;            /* the heading to repeat on a continuation page, or NULL */
  Unit     *block;          /* the parallel block head to repeat, or NULL */
  gboolean  new_page;       /* starts a page (room signs) */
  gboolean  keep_with_next; /* headings stay with what follows */
  gboolean  last_in_block;
  guint     slot;           /* badges: the label on the sheet, from 0 */
  double    space_before;
  double    height;
  guint     page;
  double    y;
};

typedef struct
{
  guint  first;             /* index of the first unit on the page */
  guint  n_units;
  Unit  *cont_day;          /* continuation headings drawn at the top */
  Unit  *cont_block;
} Page;

typedef struct
{
  char *name;
  char *sort_key;
  char *detail;             /* position and organisation */
  GPtrArray *entries;       /* PodiumProgrammeEntry, borrowed */
  GPtrArray *roles;         /* GString: "Moderation, Impulse", one per entry */
} SpeakerItem;

typedef struct
{
  PodiumProgrammeEntry *entry;
  char *who;
  char *video;
  char *length;
  char *status;
  char *overrun;            /* "Video 5:20 is longer than its 5-minute slot", or NULL */
} CueItem;

/* One sign: a room on one day */
typedef struct
{
  char *name;
  char *theme;
  PodiumProgrammeDay *day;      /* borrowed; NULL for a room without sessions */
  PodiumProgrammeEntry *now;    /* the day's first session in the room, or NULL */
  PodiumProgrammeEntry *next;   /* and the one after it, or NULL */
  PodiumPrintImage *logo;       /* borrowed: the moderating organisation's, or NULL */
  const char *logo_alt;
} RoomItem;

/* One participant on a badge or a line of an attendance list */
typedef struct
{
  guint number;             /* attendance lists: the row's number */
  char *name;
  char *sort_key;
  char *organization;       /* or NULL */
  char *region;             /* attendance lists */
  GPtrArray *assignments;   /* badges: markup, one per parallel block: "<b>Room</b>  Session" */
} ParticipantLine;

/* The attendance list of one session */
typedef struct
{
  PodiumProgrammeEntry *entry;  /* borrowed */
  char *date;                   /* "Monday, 20 November 2023" */
  GPtrArray *rows;              /* ParticipantLine, by name */
} AttendanceList;

struct _PodiumRenderer
{
  GObject parent_instance;

  char *document_kind;
  char *language;
  char *title;
  char *author;
  char *message;            /* why a badges or attendance document is empty, or NULL */
  gboolean abstracts;       /* the programme prints the sessions' abstracts */
  PodiumProgramme *programme;

  GPtrArray *units;         /* Unit */
  GPtrArray *items;         /* owned SpeakerItem / CueItem / RoomItem */
  GDestroyNotify item_free;
  GArray *pages;            /* Page */
  GArray *boxes;            /* cairo_rectangle_t of the last drawn page */

  PangoContext *context;
  double page_width;
  double page_height;

  /* While podium_renderer_draw_tagged() runs: structure tags are written (not for
   * continuation headings and footers, which become artifacts), the page being drawn,
   * and whether a timetable's Table element is open */
  gboolean tagging;
  guint drawing_page;
  gboolean in_table;
  GPtrArray *figure_alts;   /* the alternative texts of the Figures tagged, in order */

  PodiumPrintImage *badge_logo; /* the host's logo on every badge (borrowed), or NULL */

  GFile *base;              /* the plan's file, for logos relative to it, or NULL */
  GHashTable *images_read;  /* the images' bytes, read beforehand, or NULL */
  GHashTable *images;       /* path → PodiumPrintImage, or NULL for one that failed */
};

G_DEFINE_FINAL_TYPE (PodiumRenderer, podium_renderer, G_TYPE_OBJECT)

/* Typography: one family, few sizes, grey for secondary text, one accent */
typedef struct
{
  double size;
  PangoWeight weight;
  guint32 color;
  gboolean caps;            /* set in tracked capitals, for small labels */
  double line_height;       /* factor, 0 for the font's own */
  PangoAlignment align;
  int max_lines;            /* about this many lines, then "…"; 0 for no limit */
} Style;

#define INK      0x1a1a1a
#define GREY     0x5c5c5c
#define LIGHT    0x8a8a8a
#define ACCENT   0x1f4e79
#define RULE     0xbfbfbf
#define BREAK_BG 0xf1f1ef
#define WARNING  0xa51d2d

static const Style s_title      = { 23,   PANGO_WEIGHT_BOLD,   INK,    FALSE, 1.08, PANGO_ALIGN_LEFT };
static const Style s_subtitle   = { 12.5, PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.2, PANGO_ALIGN_LEFT };
static const Style s_label      = { 7,    PANGO_WEIGHT_BOLD,   LIGHT,  TRUE,  0, PANGO_ALIGN_LEFT };
static const Style s_meta       = { 9.5,  PANGO_WEIGHT_NORMAL, INK,    FALSE, 1.25, PANGO_ALIGN_LEFT };
static const Style s_day        = { 14,   PANGO_WEIGHT_BOLD,   INK,    FALSE, 0, PANGO_ALIGN_LEFT };
static const Style s_time       = { 9.5,  PANGO_WEIGHT_BOLD,   ACCENT, FALSE, 0, PANGO_ALIGN_LEFT };
static const Style s_time_break = { 9.5,  PANGO_WEIGHT_NORMAL, GREY,   FALSE, 0, PANGO_ALIGN_LEFT };
static const Style s_kicker     = { 7,    PANGO_WEIGHT_BOLD,   ACCENT, TRUE,  0, PANGO_ALIGN_LEFT };
static const Style s_kicker_g   = { 7,    PANGO_WEIGHT_BOLD,   LIGHT,  TRUE,  0, PANGO_ALIGN_LEFT };
static const Style s_entry      = { 11,   PANGO_WEIGHT_BOLD,   INK,    FALSE, 1.15, PANGO_ALIGN_LEFT };
static const Style s_entry_sub  = { 9.5,  PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.2, PANGO_ALIGN_LEFT };
/* An abstract never outgrows a page: pagination keeps an entry whole */
static const Style s_abstract   = { 9,    PANGO_WEIGHT_NORMAL, INK,    FALSE, 1.3, PANGO_ALIGN_LEFT, 24 };
static const Style s_notice     = { 9,    PANGO_WEIGHT_NORMAL, INK,    FALSE, 1.3, PANGO_ALIGN_LEFT, 24 };
static const Style s_break_note = { 8.5,  PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.25, PANGO_ALIGN_LEFT, 6 };
static const Style s_break      = { 10,   PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.15, PANGO_ALIGN_LEFT };
static const Style s_theme      = { 9.5,  PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.2, PANGO_ALIGN_LEFT };
static const Style s_person     = { 9,    PANGO_WEIGHT_NORMAL, INK,    FALSE, 1.2, PANGO_ALIGN_LEFT };
static const Style s_position   = { 8.5,  PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.2, PANGO_ALIGN_LEFT };
static const Style s_footer     = { 7.5,  PANGO_WEIGHT_NORMAL, LIGHT,  FALSE, 0, PANGO_ALIGN_LEFT };
static const Style s_footer_r   = { 7.5,  PANGO_WEIGHT_NORMAL, LIGHT,  FALSE, 0, PANGO_ALIGN_RIGHT };
static const Style s_doc_head   = { 20,   PANGO_WEIGHT_BOLD,   INK,    FALSE, 0, PANGO_ALIGN_LEFT };
static const Style s_name       = { 11,   PANGO_WEIGHT_BOLD,   INK,    FALSE, 1.15, PANGO_ALIGN_LEFT };
static const Style s_cell       = { 8.5,  PANGO_WEIGHT_NORMAL, INK,    FALSE, 1.15, PANGO_ALIGN_LEFT };
static const Style s_cell_b     = { 8.5,  PANGO_WEIGHT_BOLD,   INK,    FALSE, 1.15, PANGO_ALIGN_LEFT };
static const Style s_cell_r     = { 8.5,  PANGO_WEIGHT_NORMAL, INK,    FALSE, 1.15, PANGO_ALIGN_RIGHT };
static const Style s_cell_head  = { 7,    PANGO_WEIGHT_BOLD,   GREY,   TRUE,  0, PANGO_ALIGN_LEFT };
static const Style s_cell_warn  = { 8.5,  PANGO_WEIGHT_BOLD,   WARNING, FALSE, 1.15, PANGO_ALIGN_LEFT };
static const Style s_cell_warn_r = { 8.5, PANGO_WEIGHT_BOLD,   WARNING, FALSE, 1.15, PANGO_ALIGN_RIGHT };
/* Room signs are read from a door: the room and what happens now and next in large type */
static const Style s_sign_room  = { 56,   PANGO_WEIGHT_BOLD,   INK,    FALSE, 1.0, PANGO_ALIGN_LEFT };
static const Style s_sign_cont  = { 28,   PANGO_WEIGHT_BOLD,   INK,    FALSE, 1.0, PANGO_ALIGN_LEFT };
static const Style s_sign_theme = { 20,   PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.15, PANGO_ALIGN_LEFT };
static const Style s_sign_day   = { 16,   PANGO_WEIGHT_BOLD,   ACCENT, FALSE, 0, PANGO_ALIGN_LEFT };
static const Style s_sign_now_time  = { 18, PANGO_WEIGHT_BOLD,   ACCENT, FALSE, 0, PANGO_ALIGN_LEFT };
/* (at most a sign's height: pagination keeps the head whole) */
static const Style s_sign_now       = { 28, PANGO_WEIGHT_BOLD,   INK,    FALSE, 1.05, PANGO_ALIGN_LEFT, 5 };
static const Style s_sign_now_break = { 28, PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.05, PANGO_ALIGN_LEFT, 5 };
static const Style s_sign_now_sub   = { 16, PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.15, PANGO_ALIGN_LEFT, 2 };
static const Style s_sign_now_who   = { 15, PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.2, PANGO_ALIGN_LEFT, 4 };
static const Style s_sign_later     = { 10, PANGO_WEIGHT_BOLD,   ACCENT, TRUE,  0, PANGO_ALIGN_LEFT };
static const Style s_sign_time  = { 13,   PANGO_WEIGHT_BOLD,   ACCENT, FALSE, 0, PANGO_ALIGN_LEFT };
static const Style s_sign_title = { 13,   PANGO_WEIGHT_BOLD,   INK,    FALSE, 1.15, PANGO_ALIGN_LEFT };
static const Style s_sign_break = { 13,   PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.15, PANGO_ALIGN_LEFT };
static const Style s_sign_who   = { 10.5, PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.2, PANGO_ALIGN_LEFT };

#define FAMILY "Cantarell, sans-serif"
#define LOGO_HEIGHT 36.0    /* the partners' logos in the programme's title block */
#define LOGO_GAP 20.0
#define SIGN_LOGO_WIDTH 150.0
#define SIGN_LOGO_HEIGHT 60.0
#define FOOTER_HEIGHT 22.0
#define HAIRLINE 0.5
#define ROW_PAD 4.0         /* above and below each row of the run of show */

/* Helpers */

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

static void
record_box (PodiumRenderer *self,
            double          x,
            double          y,
            double          width,
            double          height)
{
  cairo_rectangle_t box = { x, y, width, height };

  g_array_append_val (self->boxes, box);
}

static PangoLayout *
make_layout (PodiumRenderer *self,
             const Style    *style,
             const char     *text,
             gboolean        is_markup,
             double          width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FAMILY);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *upper = NULL;

  pango_font_description_set_size (font, (int) (style->size * PANGO_SCALE));
  pango_font_description_set_weight (font, style->weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, style->align);
  if (style->line_height > 0)
    pango_layout_set_line_spacing (layout, style->line_height);
  if (style->max_lines > 0)
    {
      /* A height, not a line count: Pango counts lines per paragraph, and pasted text
       * may hold a thousand of them */
      double line = style->size * 1.2 * (style->line_height > 0 ? style->line_height : 1);

      pango_layout_set_height (layout, (int) (style->max_lines * line * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  if (style->caps)
    {
      /* Small labels in capitals need air between the letters to stay legible */
      upper = g_utf8_strup (text, -1);
      text = upper;
      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) (0.9 * PANGO_SCALE)));
    }
  pango_layout_set_attributes (layout, attrs);

  if (is_markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Measures (cr NULL) or draws @text at (x, y) in a column @width wide; returns its height */
static double
show (PodiumRenderer *self,
      cairo_t        *cr,
      const Style    *style,
      const char     *text,
      gboolean        is_markup,
      double          x,
      double          y,
      double          width)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;
  double height;

  if (text == NULL || *text == '\0')
    return 0;

  layout = make_layout (self, style, text, is_markup, width);
  pango_layout_get_extents (layout, NULL, &logical);
  height = (double) logical.height / PANGO_SCALE;

  if (cr != NULL)
    {
      set_color (cr, style->color);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      record_box (self, x + (double) logical.x / PANGO_SCALE, y + (double) logical.y / PANGO_SCALE,
                  (double) logical.width / PANGO_SCALE, height);
    }
  return height;
}

/* The baseline of the first line, to line up columns in different sizes */
static double
first_baseline (PodiumRenderer *self,
                const Style    *style)
{
  g_autoptr(PangoLayout) layout = make_layout (self, style, "X", FALSE, 100);

  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

static void
rule (PodiumRenderer *self,
      cairo_t        *cr,
      double          x,
      double          y,
      double          width,
      double          thickness,
      guint32         color)
{
  if (cr == NULL)
    return;

  set_color (cr, color);
  cairo_rectangle (cr, x, y, width, thickness);
  cairo_fill (cr);
  record_box (self, x, y, width, thickness);
}

static void
fill_rect (PodiumRenderer *self,
           cairo_t        *cr,
           double          x,
           double          y,
           double          width,
           double          height,
           guint32         color)
{
  if (cr == NULL)
    return;

  set_color (cr, color);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
  record_box (self, x, y, width, height);
}

/* Structure tags (cairo 1.16, see podium_renderer_draw_tagged()): only while drawing a
 * tagged PDF, never while measuring */
static void
tag_begin (PodiumRenderer *self,
           cairo_t        *cr,
           const char     *name,
           const char     *attributes)
{
  if (cr != NULL && self->tagging)
    cairo_tag_begin (cr, name, attributes);
}

static void
tag_end (PodiumRenderer *self,
         cairo_t        *cr,
         const char     *name)
{
  if (cr != NULL && self->tagging)
    cairo_tag_end (cr, name);
}

/* A leaf element around one show(); cairo 1.16 drops content drawn directly inside an
 * element that has child elements, so text always goes into a leaf like this */
static double
show_tagged (PodiumRenderer *self,
             cairo_t        *cr,
             const char     *tag,
             const Style    *style,
             const char     *text,
             gboolean        is_markup,
             double          x,
             double          y,
             double          width)
{
  double height;

  if (text == NULL || *text == '\0')
    return 0;
  tag_begin (self, cr, tag, NULL);
  height = show (self, cr, style, text, is_markup, x, y, width);
  tag_end (self, cr, tag);
  return height;
}

/* cairo's attribute syntax: a string in single quotes, with \ and ' escaped */
static char *
link_attributes (const char *uri)
{
  GString *out = g_string_new ("uri='");

  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\'');
  return g_string_free (out, FALSE);
}

/* An outline entry (bookmark) pointing at @y on the page being drawn */
static void
add_outline (PodiumRenderer *self,
             cairo_t        *cr,
             const char     *title,
             double          y)
{
  cairo_surface_t *surface;
  g_autofree char *attributes = NULL;

  if (cr == NULL || !self->tagging)
    return;
  surface = cairo_get_target (cr);
  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_PDF)
    return;
  /* Whole points: cairo 1.16 reads numbers in attributes with the locale's decimal
   * separator, so "57.9" is an error under de_DE */
  attributes = g_strdup_printf ("page=%u pos=[0 %d]", self->drawing_page + 1, (int) y);
  cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, title, attributes, 0);
}

/* A logo or emblem, loaded once; NULL when its file is missing or unreadable (the
 * programme is still printed, without it) */
static PodiumPrintImage *
get_image (PodiumRenderer *self,
           const char     *path)
{
  PodiumPrintImage *image;

  if (path == NULL || *path == '\0')
    return NULL;
  if (!g_hash_table_lookup_extended (self->images, path, NULL, (gpointer *) &image))
    {
      g_autoptr(GError) error = NULL;

      image = podium_print_image_load (self->base, path, self->images_read, &error);
      if (image == NULL)
        g_debug ("Leaving out the image %s: %s", path, error->message);
      g_hash_table_insert (self->images, g_strdup (path), image);
    }
  return image;
}

/* An image as a Figure with @alt as its alternative text (added by podium-pdf-tags.cc,
 * cairo 1.16 cannot); returns the width it took */
static double
draw_figure (PodiumRenderer   *self,
             cairo_t          *cr,
             PodiumPrintImage *image,
             const char       *alt,
             double            x,
             double            y,
             double            width,
             double            height)
{
  double drawn;

  if (cr != NULL && self->tagging)
    {
      cairo_tag_begin (cr, "Figure", NULL);
      g_ptr_array_add (self->figure_alts, g_strdup (alt));
    }
  drawn = podium_print_image_draw (image, cr, x, y, width, height);
  if (cr != NULL)
    record_box (self, x, y, drawn, height);
  if (cr != NULL && self->tagging)
    cairo_tag_end (cr, "Figure");
  return drawn;
}

static double
content_x (PodiumRenderer *self)
{
  return PODIUM_RENDERER_MARGIN;
}

static double
content_width (PodiumRenderer *self)
{
  return self->page_width - 2 * PODIUM_RENDERER_MARGIN;
}

static double
content_bottom (PodiumRenderer *self)
{
  return self->page_height - PODIUM_RENDERER_MARGIN - FOOTER_HEIGHT;
}

/* The programme's grid: a time column, then the text */
static double
time_column (PodiumRenderer *self)
{
  /* Room for "10:00–10:30 Uhr" at 9.5 pt */
  return 92;
}

/* Time, room, item, who, video file, length, status, tick */
static void
run_of_show_columns (double width,
                     double cols[9])
{
  cols[0] = 0;
  cols[1] = 80;
  cols[2] = 148;
  cols[3] = width - 392;
  cols[4] = width - 244;
  cols[5] = width - 170;
  cols[6] = width - 128;
  cols[7] = width - 24;
  cols[8] = width;
}

static char *
continued (const char *heading)
{
  /* TRANSLATORS: a heading repeated at the top of the next page */
  return g_strdup_printf (_("%s (continued)"), heading);
}

/* Programme units */

static double
draw_title (PodiumRenderer *self,
            cairo_t        *cr,
            double          x,
            double          y,
            double          width)
{
  PodiumProgramme *p = self->programme;
  double col = time_column (self);
  double top = y;
  g_autofree char *mail = p->contact ? podium_programme_find_mail_uri (p->contact) : NULL;
  struct { const char *label; const char *value; const char *uri; } rows[] = {
    /* TRANSLATORS: labels in the title block of the printed programme */
    { C_("programme", "Date"), p->dates, NULL },
    { C_("programme", "Venue"), p->venue, NULL },
    { C_("programme", "Host"), p->host, NULL },
    { C_("programme", "Co-organisers"), p->co_organizers, NULL },
    /* TRANSLATORS: labels in the title block of the printed programme */
    { C_("programme", "Website"), p->website, p->website },
    { C_("programme", "Contact"), p->contact, mail },
    { C_("programme", "Registration by"), p->registration, NULL },
  };
  g_autoptr(GPtrArray) logos = g_ptr_array_new ();
  g_autoptr(GPtrArray) alts = g_ptr_array_new ();

  y += show_tagged (self, cr, "P", &s_kicker, C_("document", "Programme"), FALSE, x, y, width) + 8;
  y += show_tagged (self, cr, "H1", &s_title, p->title, FALSE, x, y, width);
  if (p->subtitle)
    y += 6 + show_tagged (self, cr, "P", &s_subtitle, p->subtitle, FALSE, x, y + 6, width * 0.85);
  y += 16;
  rule (self, cr, x, y, width, 1.2, INK);
  y += 1.2 + 10;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      double label_y, h;

      if (rows[i].value == NULL || *rows[i].value == '\0')
        continue;
      /* Small capitals on the value's baseline */
      label_y = y + first_baseline (self, &s_meta) - first_baseline (self, &s_label);
      tag_begin (self, cr, "P", NULL);
      show_tagged (self, cr, "Span", &s_label, rows[i].label, FALSE, x, label_y, col - 8);
      if (rows[i].uri != NULL)
        {
          g_autofree char *attributes = link_attributes (rows[i].uri);

          tag_begin (self, cr, CAIRO_TAG_LINK, attributes);
          h = show (self, cr, &s_meta, rows[i].value, FALSE, x + col, y, width - col);
          tag_end (self, cr, CAIRO_TAG_LINK);
        }
      else
        h = show_tagged (self, cr, "Span", &s_meta, rows[i].value, FALSE, x + col, y, width - col);
      tag_end (self, cr, "P");
      y += h + 4;
    }

  /* The partners' logos in a row, each in a slot of the same size */
  for (guint i = 0; i < p->logos->len; i++)
    {
      PodiumOrganization *org = g_ptr_array_index (p->logos, i);
      PodiumPrintImage *image = get_image (self, podium_organization_get_logo (org));

      if (image != NULL)
        {
          g_ptr_array_add (logos, image);
          g_ptr_array_add (alts, (gpointer) podium_organization_get_name (org));
        }
    }
  if (logos->len > 0)
    {
      double slot = MIN (140, (width - LOGO_GAP * (logos->len - 1)) / logos->len);

      y += 10;
      for (guint i = 0; i < logos->len; i++)
        draw_figure (self, cr, g_ptr_array_index (logos, i), g_ptr_array_index (alts, i),
                     x + i * (slot + LOGO_GAP), y, slot, LOGO_HEIGHT);
      y += LOGO_HEIGHT + 4;
    }
  y += 6;
  rule (self, cr, x, y, width, HAIRLINE, RULE);
  y += HAIRLINE;

  return y - top;
}

static double
draw_day (PodiumRenderer *self,
          cairo_t        *cr,
          Unit           *unit,
          gboolean        is_continued,
          double          x,
          double          y,
          double          width)
{
  PodiumProgrammeDay *day = unit->data;
  g_autofree char *text = is_continued ? continued (day->heading) : g_strdup (day->heading);
  double top = y;

  add_outline (self, cr, day->heading, y);
  y += show_tagged (self, cr, "H2", &s_day, text, FALSE, x, y, width) + 5;
  rule (self, cr, x, y, width, 0.8, INK);
  y += 0.8;

  if (g_str_equal (self->document_kind, PODIUM_PRINT_RUN_OF_SHOW))
    {
      /* The column heads, on every page of the cue sheet */
      const char *heads[8];
      double cols[9];
      double w = width;

      /* TRANSLATORS: column heads of the run of show (cue sheet) */
      heads[0] = C_("run-of-show", "Time");
      heads[1] = C_("run-of-show", "Room");
      heads[2] = C_("run-of-show", "Item");
      heads[3] = C_("run-of-show", "Who");
      heads[4] = C_("run-of-show", "Video file");
      heads[5] = C_("run-of-show", "Length");
      heads[6] = C_("run-of-show", "Status");
      /* TRANSLATORS: the column where the stage manager ticks off a cue */
      heads[7] = C_("run-of-show", "Done");
      run_of_show_columns (w, cols);
      y += 7;
      /* The cue sheet's table starts with its head row (a continuation page's is an artifact) */
      tag_begin (self, cr, "Table", NULL);
      if (cr != NULL && self->tagging)
        self->in_table = TRUE;
      tag_begin (self, cr, "TR", NULL);
      for (guint i = 0; i < 7; i++)
        show_tagged (self, cr, "TH", &s_cell_head, heads[i], FALSE, x + cols[i], y,
                     cols[i + 1] - cols[i] - 6);
      {
        /* The narrow tick column's head may reach into the status column */
        Style head = s_cell_head;

        head.align = PANGO_ALIGN_RIGHT;
        show_tagged (self, cr, "TH", &head, heads[7], FALSE, x + w - 50, y, 50);
      }
      tag_end (self, cr, "TR");
      y += show (self, NULL, &s_cell_head, heads[0], FALSE, x, y, 80) + 5;
      rule (self, cr, x, y, width, HAIRLINE, GREY);
      y += HAIRLINE;
    }

  return y - top;
}

static double
draw_block_head (PodiumRenderer *self,
                 cairo_t        *cr,
                 Unit           *unit,
                 gboolean        is_continued,
                 double          x,
                 double          y,
                 double          width)
{
  PodiumProgrammeBlock *block = unit->data;
  double col = time_column (self);
  g_autofree char *label = NULL;
  double h;

  /* TRANSLATORS: heading over sessions that run at the same time in different rooms */
  label = is_continued ? continued (_("Parallel sessions")) : g_strdup (_("Parallel sessions"));
  y += 8;
  tag_begin (self, cr, "TR", NULL);
  show_tagged (self, cr, "TH", &s_time, block->time, FALSE, x, y, col - 8);
  h = show_tagged (self, cr, "TD", &s_kicker, label, FALSE, x + col,
                   y + first_baseline (self, &s_time) - first_baseline (self, &s_kicker), width - col);
  tag_end (self, cr, "TR");
  return 8 + MAX (h, first_baseline (self, &s_time)) + 2;
}

/* The last page's notices: the funding notice under the funders' emblem, then what
 * is recorded */
static double
draw_notices (PodiumRenderer *self,
              cairo_t        *cr,
              double          x,
              double          y,
              double          width)
{
  PodiumProgramme *p = self->programme;
  PodiumPrintImage *emblem = get_image (self, p->funding_emblem);
  double top = y;

  /* TRANSLATORS: heading over the funding and recording notices at the end of the programme */
  y += show_tagged (self, cr, "H2", &s_day, C_("programme", "Notices"), FALSE, x, y, width) + 5;
  rule (self, cr, x, y, width, 0.8, INK);
  y += 0.8 + 10;
  if (emblem != NULL)
    {
      /* What the emblem shows is what the notice says */
      draw_figure (self, cr, emblem,
                   /* TRANSLATORS: alternative text of the funders' emblem without a notice */
                   p->funding_notice ? p->funding_notice : C_("programme", "Funders’ emblem"),
                   x, y, MIN (width, 260), 44);
      y += 44 + 8;
    }
  if (p->funding_notice)
    y += show_tagged (self, cr, "P", &s_notice, p->funding_notice, FALSE, x, y, width) + 10;
  if (p->recording_notice)
    y += show_tagged (self, cr, "P", &s_notice, p->recording_notice, FALSE, x, y, width) + 10;
  return y - top;
}

/* People of an entry: "Moderation  ThAFF", a person's position under the name */
static double
draw_people (PodiumRenderer *self,
             cairo_t        *cr,
             GPtrArray      *people,
             double          x,
             double          y,
             double          width)
{
  double top = y;
  const char *last_role = NULL;
  double label_w = 0;

  /* The role names form a column as wide as the widest of them */
  for (guint i = 0; i < people->len; i++)
    {
      PodiumProgrammePerson *person = g_ptr_array_index (people, i);
      g_autoptr(PangoLayout) layout = make_layout (self, &s_person, person->role, FALSE, width);
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      label_w = MAX (label_w, (double) logical.width / PANGO_SCALE);
    }
  label_w = MIN (label_w + 10, width / 3);

  for (guint i = 0; i < people->len; i++)
    {
      PodiumProgrammePerson *person = g_ptr_array_index (people, i);
      g_autofree char *name = NULL;
      double h;

      /* One paragraph per person: "Moderation", the name, the position */
      tag_begin (self, cr, "P", NULL);
      if (g_strcmp0 (last_role, person->role) != 0)
        {
          Style label = s_person;

          label.color = GREY;
          if (i > 0)
            y += 2;
          show (self, cr, &label, person->role, FALSE, x, y, label_w - 4);
        }
      last_role = person->role;

      if (person->organization)
        name = g_markup_printf_escaped ("<b>%s</b> (%s)", person->name, person->organization);
      else
        name = g_markup_printf_escaped ("<b>%s</b>", person->name);
      h = show (self, cr, &s_person, name, TRUE, x + label_w, y, width - label_w);
      y += h;
      if (person->position)
        y += show (self, cr, &s_position, person->position, FALSE, x + label_w, y, width - label_w);
      tag_end (self, cr, "P");
      y += 1;
    }

  return y - top;
}

static double
draw_entry (PodiumRenderer *self,
            cairo_t        *cr,
            Unit           *unit,
            double          x,
            double          y,
            double          width)
{
  PodiumProgrammeEntry *entry = unit->data;
  PodiumProgrammeBlock *block = unit->block ? unit->block->data : NULL;
  double col = time_column (self);
  double tx = x + col;
  double tw = width - col;
  double top = y;
  double pad = entry->is_break ? 6 : 9;
  double time_y, kicker_h;
  g_autofree char *kicker = NULL;

  if (entry->is_break)
    {
      /* A quiet band across the page; measured first, then painted under the text */
      g_autofree char *title = NULL;
      const char *note = self->abstracts ? entry->abstract : NULL;
      double title_h, h;

      if (entry->room != NULL && !podium_session_get_all_rooms (entry->session))
        title = g_strdup_printf ("%s · %s", entry->title, entry->room);
      else
        title = g_strdup (entry->title);

      title_h = show (self, NULL, &s_break, title, FALSE, tx, y, tw - 8);
      h = pad + title_h + pad;
      if (note != NULL)
        h += 2 + show (self, NULL, &s_break_note, note, FALSE, tx, y, tw - 8);
      fill_rect (self, cr, x, y, width, h, BREAK_BG);
      tag_begin (self, cr, "TR", NULL);
      show_tagged (self, cr, "TH", &s_time_break, entry->time, FALSE, x + 6, y + pad, col - 14);
      tag_begin (self, cr, "TD", NULL);
      show (self, cr, &s_break, title, FALSE, tx, y + pad, tw - 8);
      if (note != NULL)
        show (self, cr, &s_break_note, note, FALSE, tx, y + pad + title_h + 2, tw - 8);
      tag_end (self, cr, "TD");
      tag_end (self, cr, "TR");
      return h + 3;
    }

  if (block != NULL)
    {
      /* One room of a parallel block: the room leads, a rule groups the block */
      tx += 10;
      tw -= 10;
      y += 6;
      kicker = g_strdup (entry->room);
    }
  else
    {
      y += pad;
      if (entry->kind && entry->room)
        kicker = g_strdup_printf ("%s · %s", entry->room, entry->kind);
      else
        kicker = g_strdup (entry->room);
    }

  /* Read as it is seen: the time (a row header), then the room, title and people */
  tag_begin (self, cr, "TR", NULL);

  /* The time on the title's baseline; in a block only a session that ends apart shows it */
  kicker_h = show (self, NULL, &s_kicker, kicker, FALSE, tx, y, tw);
  time_y = y + kicker_h + 4 + first_baseline (self, &s_entry) - first_baseline (self, &s_time);
  if (block == NULL || g_strcmp0 (entry->time, block->time) != 0)
    show_tagged (self, cr, "TH", block ? &s_time_break : &s_time, entry->time, FALSE, x, time_y,
                 col - 8);

  tag_begin (self, cr, "TD", NULL);
  y += show_tagged (self, cr, "P", &s_kicker, kicker, FALSE, tx, y, tw) + 4;
  if (block != NULL && entry->kind != NULL && entry->is_video)
    y += show_tagged (self, cr, "P", &s_kicker_g, entry->kind, FALSE, tx, y, tw) + 3;
  if (entry->theme && g_utf8_collate (entry->theme, entry->title) != 0)
    {
      /* TRANSLATORS: the theme of a room, above the session in it */
      g_autofree char *theme = g_strdup_printf (_("Theme: %s"), entry->theme);
      y += show_tagged (self, cr, "P", &s_theme, theme, FALSE, tx, y, tw) + 2;
    }
  y += show_tagged (self, cr, "H3", &s_entry, entry->title, FALSE, tx, y, tw);
  if (entry->subtitle)
    y += 1 + show_tagged (self, cr, "P", &s_entry_sub, entry->subtitle, FALSE, tx, y + 1, tw);
  if (entry->people->len > 0)
    y += 5 + draw_people (self, cr, entry->people, tx, y + 5, tw);
  if (self->abstracts && entry->abstract)
    y += 5 + show_tagged (self, cr, "P", &s_abstract, entry->abstract, FALSE, tx, y + 5, tw);
  tag_end (self, cr, "TD");
  tag_end (self, cr, "TR");
  y += block ? 6 : pad;

  if (block != NULL)
    rule (self, cr, x + col, top + 6, 1.5, y - top - 10, ACCENT);
  if (block == NULL || unit->last_in_block)
    rule (self, cr, x, y, width, HAIRLINE, RULE);
  else
    rule (self, cr, tx, y - 2, tw, HAIRLINE, 0xe0e0e0);

  return y - top + HAIRLINE;
}

/* Speakers */

static char *session_when (PodiumProgrammeEntry *entry,
                           gboolean              several_days);

static void
free_gstring (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
speaker_item_free (gpointer data)
{
  SpeakerItem *item = data;

  g_free (item->name);
  g_free (item->sort_key);
  g_free (item->detail);
  g_ptr_array_unref (item->entries);
  g_ptr_array_unref (item->roles);
  g_free (item);
}

static double
draw_person (PodiumRenderer *self,
             cairo_t        *cr,
             Unit           *unit,
             double          x,
             double          y,
             double          width)
{
  SpeakerItem *item = unit->data;
  double left = width * 0.42;
  double top = y;
  double h1, h2;
  gboolean several_days = self->programme->days->len > 1;

  y += 8;
  h1 = show_tagged (self, cr, "H2", &s_name, item->name, FALSE, x, y, left - 14);
  if (item->detail)
    h1 += 2 + show_tagged (self, cr, "P", &s_position, item->detail, FALSE, x, y + h1 + 2, left - 14);

  /* The sessions on the name's baseline */
  h2 = first_baseline (self, &s_name) - first_baseline (self, &s_cell_b);
  for (guint i = 0; i < item->entries->len; i++)
    {
      PodiumProgrammeEntry *entry = g_ptr_array_index (item->entries, i);
      GString *roles = g_ptr_array_index (item->roles, i);
      g_autofree char *when = session_when (entry, several_days);
      g_autofree char *line = g_strdup_printf ("%s · %s · %s", roles->str, when, entry->room);

      if (i > 0)
        h2 += 5;
      tag_begin (self, cr, "P", NULL);
      h2 += show (self, cr, &s_cell_b, entry->title, FALSE, x + left, y + h2, width - left);
      h2 += show (self, cr, &s_position, line, FALSE, x + left, y + h2, width - left);
      tag_end (self, cr, "P");
    }

  y += MAX (h1, h2) + 8;
  rule (self, cr, x, y, width, HAIRLINE, RULE);
  return y - top + HAIRLINE;
}

/* Run of show */

static void
cue_item_free (gpointer data)
{
  CueItem *item = data;

  g_free (item->who);
  g_free (item->video);
  g_free (item->length);
  g_free (item->status);
  g_free (item->overrun);
  g_free (item);
}

static double
draw_row (PodiumRenderer *self,
          cairo_t        *cr,
          Unit           *unit,
          double          x,
          double          y,
          double          width)
{
  CueItem *item = unit->data;
  PodiumProgrammeEntry *entry = item->entry;
  double w = width;
  double cols[9];
  const char *cells[7];
  double h = 0;
  g_autofree char *item_text = NULL;

  if (entry->kind)
    item_text = g_markup_printf_escaped ("<b>%s</b>\n<span foreground=\"#5c5c5c\">%s</span>",
                                         entry->title, entry->kind);
  else
    item_text = g_markup_printf_escaped ("<b>%s</b>", entry->title);

  run_of_show_columns (w, cols);
  cells[0] = entry->time;
  cells[1] = entry->room;
  cells[2] = item_text;
  cells[3] = item->who;
  cells[4] = item->video;
  cells[5] = item->length;
  cells[6] = item->status;

  y += ROW_PAD;
  if (entry->is_break && cr != NULL)
    {
      double measured = draw_row (self, NULL, unit, x, y - ROW_PAD, width) - HAIRLINE;
      fill_rect (self, cr, x, y - ROW_PAD, width, measured, BREAK_BG);
    }
  /* A row of the table the day heading opened: the time heads the row */
  tag_begin (self, cr, "TR", NULL);
  for (guint i = 0; i < 7; i++)
    {
      const Style *style = i == 0 ? &s_cell_b : i == 5 ? &s_cell_r : &s_cell;
      double cell_w = cols[i + 1] - cols[i] - (i == 5 ? 14 : 8);
      double cell_h;

      if (i == 5 && item->overrun)
        style = &s_cell_warn_r;
      tag_begin (self, cr, i == 0 ? "TH" : "TD", NULL);
      cell_h = show (self, cr, style, cells[i], i == 2, x + cols[i], y, cell_w);
      /* Said in words under the item, not only by colour */
      if (i == 2 && item->overrun)
        cell_h += 3 + show (self, cr, &s_cell_warn, item->overrun, FALSE, x + cols[2], y + cell_h + 3,
                            cols[4] - cols[2] - 8);
      tag_end (self, cr, i == 0 ? "TH" : "TD");
      h = MAX (h, cell_h);
    }

  /* An empty box to tick, the content of the last cell */
  if (cr != NULL)
    {
      tag_begin (self, cr, "TD", NULL);
      set_color (cr, GREY);
      cairo_set_line_width (cr, 0.6);
      cairo_rectangle (cr, x + cols[8] - 9.3, y + 1, 9, 9);
      cairo_stroke (cr);
      record_box (self, x + cols[8] - 9.6, y + 0.7, 9.6, 9.6);
      tag_end (self, cr, "TD");
    }
  tag_end (self, cr, "TR");
  h = MAX (h, 11);
  y += h + ROW_PAD;
  rule (self, cr, x, y, width, HAIRLINE, RULE);
  return h + 2 * ROW_PAD + HAIRLINE;
}

/* "Moderation: ThAFF\nPanelist: ThAFF, ZEFAS, FiF": one line per role */
static char *
join_people (GPtrArray *people)
{
  GString *out = g_string_new (NULL);
  const char *last_role = NULL;

  for (guint i = 0; i < people->len; i++)
    {
      PodiumProgrammePerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (last_role, person->role) != 0)
        {
          if (out->len)
            g_string_append_c (out, '\n');
          /* TRANSLATORS: a role and who holds it, "Moderation: ThAFF" */
          g_string_append_printf (out, _("%s: "), person->role);
        }
      else
        g_string_append (out, ", ");
      last_role = person->role;
      g_string_append (out, person->name);
      if (person->organization)
        g_string_append_printf (out, " (%s)", person->organization);
    }
  return g_string_free (out, FALSE);
}

/* Room signs */

static void
room_item_free (gpointer data)
{
  RoomItem *item = data;

  g_free (item->name);
  g_free (item->theme);
  g_free (item);
}

/* One of the two sessions in large type; the second says so: "Next: 10:10–10:20" */
static double
draw_room_feature (PodiumRenderer       *self,
                   cairo_t              *cr,
                   PodiumProgrammeEntry *entry,
                   gboolean              is_next,
                   double                x,
                   double                y,
                   double                width)
{
  /* TRANSLATORS: on a room sign, the time of the session after the first: "Next: 10:10–10:20" */
  g_autofree char *when = is_next ? g_strdup_printf (C_("room sign", "Next: %s"), entry->time)
                                  : g_strdup (entry->time);
  g_autofree char *who = join_people (entry->people);
  double top = y;

  y += show_tagged (self, cr, "P", &s_sign_now_time, when, FALSE, x, y, width) + 6;
  y += show_tagged (self, cr, "H2", entry->is_break ? &s_sign_now_break : &s_sign_now, entry->title,
                    FALSE, x, y, width);
  if (entry->subtitle)
    y += 4 + show_tagged (self, cr, "P", &s_sign_now_sub, entry->subtitle, FALSE, x, y + 4, width);
  if (*who != '\0')
    y += 8 + show_tagged (self, cr, "P", &s_sign_now_who, who, FALSE, x, y + 8, width);
  return y - top;
}

static double
draw_room_head (PodiumRenderer *self,
                cairo_t        *cr,
                Unit           *unit,
                gboolean        is_continued,
                double          x,
                double          y,
                double          width)
{
  RoomItem *item = unit->data;
  double top = y;

  if (is_continued)
    {
      g_autofree char *text = continued (item->name);

      y += show (self, cr, &s_sign_cont, text, FALSE, x, y, width) + 8;
      if (item->day && self->programme->days->len > 1)
        y += show (self, cr, &s_sign_day, item->day->heading, FALSE, x, y, width) + 8;
      rule (self, cr, x, y, width, 0.8, INK);
      return y + 0.8 + 6 - top;
    }

  /* The conference is named in the footer: the room leads */
  if (item->day != NULL)
    {
      /* TRANSLATORS: a bookmark of the room signs: "Plenarsaal – Monday, 20 November 2023" */
      g_autofree char *mark = g_strdup_printf (C_("room sign", "%s – %s"), item->name,
                                               item->day->heading);

      add_outline (self, cr, mark, y);
    }
  else
    add_outline (self, cr, item->name, y);
  y += show_tagged (self, cr, "H1", &s_sign_room, item->name, FALSE, x, y,
                    item->logo ? width - SIGN_LOGO_WIDTH - 20 : width);
  if (item->logo != NULL)
    {
      /* Top right, beside the room's name */
      double w = podium_print_image_draw (item->logo, NULL, 0, 0, SIGN_LOGO_WIDTH, SIGN_LOGO_HEIGHT);

      draw_figure (self, cr, item->logo, item->logo_alt, x + width - w, top, w, SIGN_LOGO_HEIGHT);
      y = MAX (y, top + SIGN_LOGO_HEIGHT);
    }
  if (item->theme)
    y += 8 + show_tagged (self, cr, "P", &s_sign_theme, item->theme, FALSE, x, y + 8, width * 0.9);
  /* The date only tells signs of different days apart */
  if (item->day && self->programme->days->len > 1)
    y += 10 + show_tagged (self, cr, "P", &s_sign_day, item->day->heading, FALSE, x, y + 10, width);
  y += 14;
  rule (self, cr, x, y, width, 2, ACCENT);
  y += 2 + 14;

  if (item->now != NULL && item->next == NULL)
    y += draw_room_feature (self, cr, item->now, FALSE, x, y, width) + 8;
  else if (item->now != NULL)
    {
      /* Side by side, so that the rest of the day still fits below */
      double gutter = 28;
      double half = (width - gutter) / 2;
      double h1, h2;

      h1 = draw_room_feature (self, cr, item->now, FALSE, x, y, half);
      h2 = draw_room_feature (self, cr, item->next, TRUE, x + half + gutter, y, half);
      rule (self, cr, x + half + gutter / 2, y, HAIRLINE, MAX (h1, h2), RULE);
      y += MAX (h1, h2) + 8;
    }
  return y - top;
}

static double
draw_room_later (PodiumRenderer *self,
                 cairo_t        *cr,
                 double          x,
                 double          y,
                 double          width)
{
  /* TRANSLATORS: on a room sign, the heading over the day's further sessions */
  const char *text = C_("room sign", "Later");

  return 8 + show_tagged (self, cr, "H2", &s_sign_later, text, FALSE, x, y + 8, width) + 2;
}

static double
draw_room_row (PodiumRenderer *self,
               cairo_t        *cr,
               Unit           *unit,
               double          x,
               double          y,
               double          width)
{
  PodiumProgrammeEntry *entry = unit->data;
  double col = 150;
  double top = y;
  double h;

  y += 5;
  tag_begin (self, cr, "TR", NULL);
  show_tagged (self, cr, "TH", entry->is_break ? &s_sign_break : &s_sign_time, entry->time, FALSE,
               x, y, col - 12);
  tag_begin (self, cr, "TD", NULL);
  h = show (self, cr, entry->is_break ? &s_sign_break : &s_sign_title, entry->title, FALSE,
            x + col, y, width - col);
  {
    g_autofree char *who = join_people (entry->people);

    if (*who != '\0')
      h += 2 + show (self, cr, &s_sign_who, who, FALSE, x + col, y + h + 2, width - col);
  }
  tag_end (self, cr, "TD");
  tag_end (self, cr, "TR");
  y += h + 5;
  rule (self, cr, x, y, width, HAIRLINE, RULE);
  return y - top + HAIRLINE;
}

/* Name badges */

static Unit *add_unit (PodiumRenderer *self,
                       UnitKind        kind,
                       gpointer        data,
                       double          space_before);

/* The label: 90 × 54 mm, 2 columns × 4 rows without gaps, centred on the sheet (on A4:
 * 15 mm at the sides, 40.5 mm at top and bottom), the layout of the common perforated
 * badge-insert sheets (Avery Zweckform L4785-style; check the margins on the sheet's
 * packaging).  On plain paper the cut marks outside the grid show where to cut. */
#define MM (72.0 / 25.4)
#define BADGE_WIDTH (90.0 * MM)
#define BADGE_HEIGHT (54.0 * MM)
#define BADGE_COLUMNS 2
#define BADGE_ROWS 4
#define BADGES_PER_SHEET (BADGE_COLUMNS * BADGE_ROWS)
#define BADGE_PAD (5.0 * MM)
#define BADGE_LOGO_WIDTH 70.0
#define BADGE_LOGO_HEIGHT 24.0

static const Style s_badge_name   = { 24,   PANGO_WEIGHT_BOLD,   INK,    FALSE, 1.0, PANGO_ALIGN_LEFT };
static const Style s_badge_org    = { 10.5, PANGO_WEIGHT_NORMAL, GREY,   FALSE, 1.1, PANGO_ALIGN_LEFT, 2 };
static const Style s_badge_conf   = { 7,    PANGO_WEIGHT_BOLD,   ACCENT, FALSE, 1.05, PANGO_ALIGN_LEFT, 2 };
/* max_lines counts lines of 1.2 × the size: 3 of them hold two lines of Cantarell */
static const Style s_badge_assign = { 8,    PANGO_WEIGHT_NORMAL, INK,    FALSE, 1.05, PANGO_ALIGN_LEFT, 3 };
static const Style s_badge_assign_1 = { 8,  PANGO_WEIGHT_NORMAL, INK,    FALSE, 1.05, PANGO_ALIGN_LEFT, 1 };

static void
participant_line_free (gpointer data)
{
  ParticipantLine *line = data;

  g_free (line->name);
  g_free (line->sort_key);
  g_free (line->organization);
  g_free (line->region);
  g_clear_pointer (&line->assignments, g_ptr_array_unref);
  g_free (line);
}

/* By surname, in the export language's order (name_sort_key()) */
static int
compare_participant_lines (gconstpointer a,
                           gconstpointer b)
{
  const ParticipantLine *la = *(ParticipantLine **) a;
  const ParticipantLine *lb = *(ParticipantLine **) b;

  return strcmp (la->sort_key, lb->sort_key);
}

/* Surname first, as the welcome desk lays the badges out: "Müller Anna Müller" */
static char *
name_sort_key (const char *name)
{
  const char *last_space = strrchr (name, ' ');
  g_autofree char *key = g_strconcat (last_space ? last_space + 1 : name, " ", name, NULL);

  return g_utf8_collate_key (key, -1);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* The name as large as fits @width × @height: on one line down to 16 pt, then on two
 * lines from 20 pt, broken between words only; never cut or ellipsized */
static PangoLayout *
fit_badge_name (PodiumRenderer *self,
                const char     *name,
                double          width,
                double          height)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  Style style = s_badge_name;

  for (double size = s_badge_name.size, lines = 1; size >= 8; size -= 0.5)
    {
      g_autoptr(PangoLayout) layout = NULL;
      PangoRectangle logical;
      double widest = 0;

      style.size = size;
      for (guint i = 0; words[i] != NULL; i++)
        {
          g_autoptr(PangoLayout) word = make_layout (self, &style, words[i], FALSE, -1);

          pango_layout_set_width (word, -1);
          widest = MAX (widest, layout_width (word));
        }
      if (lines == 1 && size < 16)
        {
          lines = 2;
          size = 20.5;
          continue;
        }
      if (widest > width)
        continue;
      layout = make_layout (self, &style, name, FALSE, width);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_get_extents (layout, NULL, &logical);
      if (pango_layout_get_line_count (layout) <= lines &&
          (double) logical.height / PANGO_SCALE <= height)
        return g_steal_pointer (&layout);
    }

  /* A name longer than any badge: small, and whole */
  style.size = 8;
  return make_layout (self, &style, name, FALSE, width);
}

static void
draw_cut_marks (PodiumRenderer *self,
                cairo_t        *cr)
{
  double x0 = (self->page_width - BADGE_COLUMNS * BADGE_WIDTH) / 2;
  double y0 = (self->page_height - BADGE_ROWS * BADGE_HEIGHT) / 2;
  double x1 = x0 + BADGE_COLUMNS * BADGE_WIDTH;
  double y1 = y0 + BADGE_ROWS * BADGE_HEIGHT;
  double gap = 2 * MM;
  double length = 5 * MM;

  /* Outside the labels, so that a mark never shows on a badge */
  set_color (cr, GREY);
  cairo_set_line_width (cr, 0.3);
  for (guint c = 0; c <= BADGE_COLUMNS; c++)
    {
      double x = x0 + c * BADGE_WIDTH;

      cairo_move_to (cr, x, y0 - gap);
      cairo_line_to (cr, x, MAX (0, y0 - gap - length));
      cairo_move_to (cr, x, y1 + gap);
      cairo_line_to (cr, x, MIN (self->page_height, y1 + gap + length));
    }
  for (guint r = 0; r <= BADGE_ROWS; r++)
    {
      double y = y0 + r * BADGE_HEIGHT;

      cairo_move_to (cr, x0 - gap, y);
      cairo_line_to (cr, MAX (0, x0 - gap - length), y);
      cairo_move_to (cr, x1 + gap, y);
      cairo_line_to (cr, MIN (self->page_width, x1 + gap + length), y);
    }
  cairo_stroke (cr);
}

static double
draw_badge (PodiumRenderer *self,
            cairo_t        *cr,
            Unit           *unit)
{
  ParticipantLine *item = unit->data;
  double x0 = (self->page_width - BADGE_COLUMNS * BADGE_WIDTH) / 2;
  double y0 = (self->page_height - BADGE_ROWS * BADGE_HEIGHT) / 2;
  double bx = x0 + (unit->slot % BADGE_COLUMNS) * BADGE_WIDTH + BADGE_PAD;
  double by = y0 + (unit->slot / BADGE_COLUMNS) * BADGE_HEIGHT + BADGE_PAD;
  double width = BADGE_WIDTH - 2 * BADGE_PAD;
  double bottom = by + BADGE_HEIGHT - 2 * BADGE_PAD;
  double logo_w = 0, head_h, conf_h, org_h, name_top, name_h, assign_top, assign_h, room, y;
  const Style *assign;
  g_autoptr(PangoLayout) name = NULL;
  PangoRectangle logical;

  /* Badges lie on a grid of their own: nothing to measure for pagination */
  if (cr == NULL)
    return 0;

  if (self->badge_logo != NULL)
    logo_w = podium_print_image_draw (self->badge_logo, NULL, 0, 0,
                                      BADGE_LOGO_WIDTH, BADGE_LOGO_HEIGHT);
  conf_h = show (self, NULL, &s_badge_conf, self->programme->title, FALSE, 0, 0,
                 width - (logo_w > 0 ? logo_w + 8 : 0));
  head_h = MAX (conf_h, logo_w > 0 ? BADGE_LOGO_HEIGHT : 0);
  name_top = by + head_h + 9;

  /* Where the person goes, at the foot: one or two lines per parallel block */
  assign = item->assignments->len > 2 ? &s_badge_assign_1 : &s_badge_assign;
  assign_h = 0;
  for (guint i = 0; i < item->assignments->len; i++)
    assign_h += show (self, NULL, assign, g_ptr_array_index (item->assignments, i), TRUE,
                      0, 0, width) + 2;
  assign_top = bottom - assign_h;
  org_h = item->organization ? 3 + show (self, NULL, &s_badge_org, item->organization, FALSE,
                                         0, 0, width) : 0;
  room = assign_top - (item->assignments->len ? 8 : 0) - name_top;
  name = fit_badge_name (self, item->name, width, room - org_h);
  pango_layout_get_extents (name, NULL, &logical);
  name_h = (double) logical.height / PANGO_SCALE;
  /* The name and organisation in the middle of the space they have */
  name_top += MAX (0, (room - name_h - org_h) / 2 - 2);

  /* Read as a unit: the name, where from, where to go, and the event */
  tag_begin (self, cr, "Sect", NULL);
  /* The name heads its badge; a sheet has no other heading, so no level is skipped */
  tag_begin (self, cr, "H1", NULL);
  set_color (cr, INK);
  cairo_move_to (cr, bx, name_top);
  pango_cairo_show_layout (cr, name);
  record_box (self, bx, name_top, (double) logical.width / PANGO_SCALE, name_h);
  tag_end (self, cr, "H1");
  if (item->organization)
    show_tagged (self, cr, "P", &s_badge_org, item->organization, FALSE, bx,
                 name_top + name_h + 3, width);
  if (item->assignments->len > 0)
    rule (self, cr, bx, assign_top - 5, width, 0.8, ACCENT);
  y = assign_top;
  for (guint i = 0; i < item->assignments->len; i++)
    y += show_tagged (self, cr, "P", assign, g_ptr_array_index (item->assignments, i), TRUE,
                      bx, y, width) + 2;
  show_tagged (self, cr, "P", &s_badge_conf, self->programme->title, FALSE, bx, by,
               width - (logo_w > 0 ? logo_w + 8 : 0));
  tag_end (self, cr, "Sect");

  /* The same logo on every badge is decoration: an artifact, not a Figure each time */
  if (self->badge_logo != NULL)
    {
      podium_print_image_draw (self->badge_logo, cr, bx + width - logo_w, by, logo_w,
                               BADGE_LOGO_HEIGHT);
      record_box (self, bx + width - logo_w, by, logo_w, BADGE_LOGO_HEIGHT);
    }
  return 0;
}

static void
build_badges (PodiumRenderer *self,
              PodiumDocument *document)
{
  GListModel *participants = podium_document_get_participants (document);
  PodiumOrganization *host = podium_conference_get_host (podium_document_get_conference (document));
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (document);

  self->item_free = participant_line_free;
  if (host != NULL)
    self->badge_logo = get_image (self, podium_organization_get_logo (host));

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(PodiumParticipant) participant = g_list_model_get_item (participants, i);
      const char *name = podium_participant_get_name (participant);
      const char *organization = podium_participant_get_organization_label (participant);
      ParticipantLine *item;

      if (podium_participant_get_status (participant) == PODIUM_PARTICIPANT_CANCELLED ||
          name == NULL || *name == '\0')
        continue;

      item = g_new0 (ParticipantLine, 1);
      item->name = g_strstrip (g_strdup (name));
      item->sort_key = name_sort_key (item->name);
      item->organization = organization && *organization ? g_strdup (organization) : NULL;
      item->assignments = g_ptr_array_new_with_free_func (g_free);
      for (guint b = 0; b < blocks->len; b++)
        {
          PodiumParallelBlock *block = g_ptr_array_index (blocks, b);
          PodiumSession *session = podium_participant_get_assigned_in (participant, block);
          PodiumRoom *room;

          if (session == NULL || podium_session_get_status (session) == PODIUM_STATUS_CANCELLED)
            continue;
          room = podium_session_get_room (session);
          if (room != NULL)
            g_ptr_array_add (item->assignments,
                             /* TRANSLATORS: on a name badge, where the person goes in a
                              * parallel block: the room (bold), then the session */
                             g_markup_printf_escaped (C_("badge", "<b>%s</b>  %s"),
                                                      podium_room_get_name (room),
                                                      podium_session_get_title (session)));
          else
            g_ptr_array_add (item->assignments,
                             g_markup_escape_text (podium_session_get_title (session), -1));
        }
      g_ptr_array_add (self->items, item);
    }

  g_ptr_array_sort (self->items, compare_participant_lines);
  for (guint i = 0; i < self->items->len; i++)
    {
      Unit *unit = add_unit (self, UNIT_BADGE, g_ptr_array_index (self->items, i), 0);

      unit->slot = i % BADGES_PER_SHEET;
      unit->new_page = unit->slot == 0;
    }
}

/* Attendance lists */

#define ATT_ROW_HEIGHT 26.0   /* about 9 mm: room for a signature */

static void
attendance_list_free (gpointer data)
{
  AttendanceList *list = data;

  g_free (list->date);
  g_ptr_array_unref (list->rows);
  g_free (list);
}


/* No., name, organisation, region, signature: the signature takes what is left */
static void
attendance_columns (double width,
                    double cols[6])
{
  cols[0] = 0;
  cols[1] = 24;
  cols[2] = 24 + (width - 24) * 0.26;
  cols[3] = 24 + (width - 24) * 0.50;
  cols[4] = 24 + (width - 24) * 0.65;
  cols[5] = width;
}

/* The table's head row, on every page of the list; opens the Table when tagging */
static double
draw_attendance_table_head (PodiumRenderer *self,
                            cairo_t        *cr,
                            double          x,
                            double          y,
                            double          width)
{
  const char *heads[5];
  double cols[6];
  double top = y;

  /* TRANSLATORS: column heads of the attendance list; "No." is the row number */
  heads[0] = C_("attendance", "No.");
  heads[1] = C_("attendance", "Name");
  heads[2] = C_("attendance", "Organisation");
  heads[3] = C_("attendance", "Region");
  heads[4] = C_("attendance", "Signature");
  attendance_columns (width, cols);

  tag_begin (self, cr, "Table", NULL);
  if (cr != NULL && self->tagging)
    self->in_table = TRUE;
  tag_begin (self, cr, "TR", NULL);
  for (guint i = 0; i < 5; i++)
    show_tagged (self, cr, "TH", &s_cell_head, heads[i], FALSE, x + cols[i] + (i == 4 ? 6 : 0), y,
                 cols[i + 1] - cols[i] - 8);
  tag_end (self, cr, "TR");
  y += show (self, NULL, &s_cell_head, heads[0], FALSE, x, y, 80) + 5;
  rule (self, cr, x, y, width, 0.8, INK);
  return y + 0.8 - top;
}

static double
draw_attendance_head (PodiumRenderer *self,
                      cairo_t        *cr,
                      Unit           *unit,
                      gboolean        is_continued,
                      double          x,
                      double          y,
                      double          width)
{
  AttendanceList *list = unit->data;
  PodiumProgrammeEntry *entry = list->entry;
  PodiumProgramme *p = self->programme;
  double col = time_column (self);
  double top = y;
  struct { const char *label; const char *value; } rows[] = {
    /* TRANSLATORS: labels in the header of an attendance list */
    { C_("attendance", "Event"), p->title },
    { C_("attendance", "Date"), list->date },
    { C_("attendance", "Time"), entry->time },
    { C_("attendance", "Room"), entry->room },
  };

  if (is_continued)
    {
      g_autofree char *text = continued (entry->title);
      g_autofree char *line = g_strjoin (" · ", list->date, entry->time, entry->room, NULL);

      y += show (self, cr, &s_day, text, FALSE, x, y, width) + 3;
      y += show (self, cr, &s_position, line, FALSE, x, y, width) + 12;
      return y + draw_attendance_table_head (self, cr, x, y, width) - top;
    }

  add_outline (self, cr, entry->title, y);
  /* TRANSLATORS: the kind of document, above the session's title */
  y += show_tagged (self, cr, "P", &s_kicker, C_("document", "Attendance list"), FALSE,
                    x, y, width) + 8;
  y += show_tagged (self, cr, "H1", &s_doc_head, entry->title, FALSE, x, y, width);
  if (entry->subtitle)
    y += 4 + show_tagged (self, cr, "P", &s_entry_sub, entry->subtitle, FALSE, x, y + 4, width);
  y += 10;
  rule (self, cr, x, y, width, 1.2, INK);
  y += 1.2 + 10;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      double label_y;

      if (rows[i].value == NULL || *rows[i].value == '\0')
        continue;
      label_y = y + first_baseline (self, &s_meta) - first_baseline (self, &s_label);
      tag_begin (self, cr, "P", NULL);
      show_tagged (self, cr, "Span", &s_label, rows[i].label, FALSE, x, label_y, col - 8);
      y += show_tagged (self, cr, "Span", &s_meta, rows[i].value, FALSE, x + col, y,
                        width - col) + 4;
      tag_end (self, cr, "P");
    }
  /* The funders ask for the notice on every list that proves attendance */
  if (p->funding_notice)
    y += 4 + show_tagged (self, cr, "P", &s_position, p->funding_notice, FALSE, x, y + 4, width);
  y += 18;

  return y + draw_attendance_table_head (self, cr, x, y, width) - top;
}

static double
draw_attendance_row (PodiumRenderer *self,
                     cairo_t        *cr,
                     Unit           *unit,
                     double          x,
                     double          y,
                     double          width)
{
  ParticipantLine *row = unit->data;
  g_autofree char *number = g_strdup_printf ("%u", row->number);
  const char *cells[4] = { number, row->name, row->organization, row->region };
  double cols[6];
  double h = 0;

  attendance_columns (width, cols);
  tag_begin (self, cr, "TR", NULL);
  for (guint i = 0; i < 4; i++)
    {
      double cell_h;

      tag_begin (self, cr, "TD", NULL);
      cell_h = show (self, cr, i == 1 ? &s_cell_b : &s_cell, cells[i], FALSE, x + cols[i],
                     y + 7, cols[i + 1] - cols[i] - 8);
      tag_end (self, cr, "TD");
      h = MAX (h, cell_h);
    }
  /* The signature cell stays empty */
  tag_begin (self, cr, "TD", NULL);
  tag_end (self, cr, "TD");
  tag_end (self, cr, "TR");

  h = MAX (ATT_ROW_HEIGHT, h + 14);
  rule (self, cr, x + cols[4], y, HAIRLINE, h, RULE);
  rule (self, cr, x, y + h, width, HAIRLINE, RULE);
  return h + HAIRLINE;
}

static double
draw_attendance_count (PodiumRenderer *self,
                       cairo_t        *cr,
                       Unit           *unit,
                       double          x,
                       double          y,
                       double          width)
{
  AttendanceList *list = unit->data;
  /* TRANSLATORS: under an attendance list */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant",
                                                        "%u participants", list->rows->len),
                                           list->rows->len);

  return 8 + show_tagged (self, cr, "P", &s_cell_b, text, FALSE, x, y + 8, width);
}

static void
build_attendance (PodiumRenderer *self,
                  PodiumDocument *document)
{
  PodiumConference *conference = podium_document_get_conference (document);
  GListModel *participants = podium_document_get_participants (document);
  PodiumProgramme *p = self->programme;

  self->item_free = attendance_list_free;
  for (guint d = 0; d < p->days->len; d++)
    {
      PodiumProgrammeDay *day = g_ptr_array_index (p->days, d);

      for (guint b = 0; b < day->blocks->len; b++)
        {
          PodiumProgrammeBlock *block = g_ptr_array_index (day->blocks, b);

          for (guint e = 0; e < block->entries->len; e++)
            {
              PodiumProgrammeEntry *entry = g_ptr_array_index (block->entries, e);
              AttendanceList *list;
              Unit *head, *unit;

              list = g_new0 (AttendanceList, 1);
              list->entry = entry;
              list->rows = g_ptr_array_new_with_free_func (participant_line_free);
              for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
                {
                  g_autoptr(PodiumParticipant) participant = NULL;
                  ParticipantLine *row;

                  participant = g_list_model_get_item (participants, i);

                  if (podium_participant_get_status (participant) == PODIUM_PARTICIPANT_CANCELLED ||
                      !g_ptr_array_find (podium_participant_get_assigned (participant),
                                         entry->session, NULL))
                    continue;
                  row = g_new0 (ParticipantLine, 1);
                  row->name = g_strdup (podium_participant_get_name (participant));
                  row->sort_key = name_sort_key (row->name);
                  row->organization =
                    g_strdup (podium_participant_get_organization_label (participant));
                  row->region = g_strdup (podium_participant_get_region (participant));
                  g_ptr_array_add (list->rows, row);
                }
              if (list->rows->len == 0)
                {
                  attendance_list_free (list);
                  continue;
                }
              g_ptr_array_sort (list->rows, compare_participant_lines);
              for (guint i = 0; i < list->rows->len; i++)
                ((ParticipantLine *) g_ptr_array_index (list->rows, i))->number = i + 1;
              list->date = podium_labels_date (
                podium_schedule_day_of (conference, podium_session_get_start (entry->session)));
              g_ptr_array_add (self->items, list);

              head = add_unit (self, UNIT_ATT_HEAD, list, 0);
              head->new_page = TRUE;
              head->keep_with_next = TRUE;
              for (guint i = 0; i < list->rows->len; i++)
                {
                  unit = add_unit (self, UNIT_ATT_ROW, g_ptr_array_index (list->rows, i), 0);
                  unit->day = head;
                  /* The count stays under the last row */
                  unit->keep_with_next = i + 1 == list->rows->len;
                }
              unit = add_unit (self, UNIT_ATT_COUNT, list, 0);
              unit->day = head;
            }
        }
    }
}

/* The list a page of attendance lists belongs to */
static Unit *
attendance_page_head (PodiumRenderer *self,
                      guint           page_nr)
{
  Page *page = &g_array_index (self->pages, Page, page_nr);
  Unit *unit = g_ptr_array_index (self->units, page->first);

  return unit->kind == UNIT_ATT_HEAD ? unit : unit->day;
}

/* Any unit: measures when @cr is NULL */
static double
draw_unit (PodiumRenderer *self,
           cairo_t        *cr,
           Unit           *unit,
           gboolean        is_continued,
           double          y)
{
  double x = content_x (self);
  double width = content_width (self);

  switch (unit->kind)
    {
    case UNIT_TITLE:
      return draw_title (self, cr, x, y, width);
    case UNIT_DAY:
      return draw_day (self, cr, unit, is_continued, x, y, width);
    case UNIT_BLOCK_HEAD:
      return draw_block_head (self, cr, unit, is_continued, x, y, width);
    case UNIT_ENTRY:
      return draw_entry (self, cr, unit, x, y, width);
    case UNIT_HEADING:
      {
        double h = show_tagged (self, cr, "P", &s_kicker, self->programme->title, FALSE,
                                x, y, width) + 8;

        h += show_tagged (self, cr, "H1", &s_doc_head, unit->data, FALSE, x, y + h, width) + 10;
        rule (self, cr, x, y + h, width, 1.2, INK);
        return h + 1.2 + 4;
      }
    case UNIT_PERSON:
      return draw_person (self, cr, unit, x, y, width);
    case UNIT_ROW:
      return draw_row (self, cr, unit, x, y, width);
    case UNIT_ROOM_HEAD:
      return draw_room_head (self, cr, unit, is_continued, x, y, width);
    case UNIT_ROOM_LATER:
      return draw_room_later (self, cr, x, y, width);
    case UNIT_ROOM_ROW:
      return draw_room_row (self, cr, unit, x, y, width);
    case UNIT_NOTICES:
      return draw_notices (self, cr, x, y, width);
    case UNIT_BADGE:
      return draw_badge (self, cr, unit);
    case UNIT_ATT_HEAD:
      return draw_attendance_head (self, cr, unit, is_continued, x, y, width);
    case UNIT_ATT_ROW:
      return draw_attendance_row (self, cr, unit, x, y, width);
    case UNIT_ATT_COUNT:
      return draw_attendance_count (self, cr, unit, x, y, width);
    default:
      g_assert_not_reached ();
    }
}

static void
draw_footer (PodiumRenderer *self,
             cairo_t        *cr,
             guint           page)
{
  double x = content_x (self);
  double width = content_width (self);
  double y = self->page_height - PODIUM_RENDERER_MARGIN - 10;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;

  /* TRANSLATORS: footer of printed pages: the conference, then the date of the plan's last change */
  left = g_strdup_printf (_("%s · As of %s"), self->programme->title, self->programme->updated);
  if (self->programme->version)
    {
      char *with = g_strjoin (" · ", left, self->programme->version, self->programme->agreed, NULL);

      g_free (left);
      left = with;
    }
  if (g_str_equal (self->document_kind, PODIUM_PRINT_ATTENDANCE))
    {
      /* Each list is handed out on its own: its pages count from 1 */
      Unit *head = attendance_page_head (self, page);
      guint first = page, n = 0;

      while (first > 0 && attendance_page_head (self, first - 1) == head)
        first--;
      while (first + n < self->pages->len && attendance_page_head (self, first + n) == head)
        n++;
      right = g_strdup_printf (_("Page %u of %u"), page - first + 1, n);
    }
  else
    /* TRANSLATORS: page numbers in the footer of printed pages */
    right = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);

  rule (self, cr, x, y - 6, width, HAIRLINE, RULE);
  show (self, cr, &s_footer_r, right, FALSE, x + width - 100, y, 100);
  {
    /* A long conference title gives way to the page number */
    g_autoptr(PangoLayout) layout = make_layout (self, &s_footer, left, FALSE, width - 110);

    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
    set_color (cr, s_footer.color);
    cairo_move_to (cr, x, y);
    pango_cairo_show_layout (cr, layout);
    record_box (self, x, y, width - 110, (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
  }
}

/* Building the units */

static Unit *
add_unit (PodiumRenderer *self,
          UnitKind        kind,
          gpointer        data,
          double          space_before)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->kind = kind;
  unit->data = data;
  unit->space_before = space_before;
  g_ptr_array_add (self->units, unit);
  return unit;
}

static void
build_programme (PodiumRenderer *self)
{
  PodiumProgramme *p = self->programme;

  add_unit (self, UNIT_TITLE, NULL, 0);
  for (guint d = 0; d < p->days->len; d++)
    {
      PodiumProgrammeDay *day = g_ptr_array_index (p->days, d);
      Unit *day_unit = add_unit (self, UNIT_DAY, day, d == 0 ? 26 : 30);

      day_unit->keep_with_next = TRUE;
      for (guint b = 0; b < day->blocks->len; b++)
        {
          PodiumProgrammeBlock *block = g_ptr_array_index (day->blocks, b);
          Unit *head = NULL;

          if (block->parallel)
            {
              head = add_unit (self, UNIT_BLOCK_HEAD, block, 0);
              head->day = day_unit;
              head->keep_with_next = TRUE;
            }
          for (guint e = 0; e < block->entries->len; e++)
            {
              Unit *unit = add_unit (self, UNIT_ENTRY, g_ptr_array_index (block->entries, e), 0);

              unit->day = day_unit;
              unit->block = head;
              unit->last_in_block = e + 1 == block->entries->len;
            }
        }
    }
  /* Funding and recording notices close the programme */
  if (p->funding_notice || p->funding_emblem || p->recording_notice)
    add_unit (self, UNIT_NOTICES, NULL, 30);
}

static char *
session_when (PodiumProgrammeEntry *entry,
              gboolean              several_days)
{
  g_autofree char *date = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;

  if (!several_days)
    return g_strdup (entry->time);

  utc = g_time_zone_new_utc ();
  dt = podium_time_to_date_time (podium_session_get_start (entry->session), utc);
  /* TRANSLATORS: a short date in lists, see strftime(3): "Mon 20 Nov"; German "%a, %-d. %b" */
  date = g_date_time_format (dt, _("%a %-d %b"));
  /* TRANSLATORS: a short date and a time range: "Mon 20 Nov, 10:00–10:30" */
  return g_strdup_printf (C_("date and time", "%s, %s"), date, entry->time);
}

static void
build_speakers (PodiumRenderer *self,
                PodiumDocument *document)
{
  g_autoptr(GHashTable) by_holder = g_hash_table_new (NULL, NULL);
  PodiumProgramme *p = self->programme;
  self->item_free = speaker_item_free;
  /* TRANSLATORS: heading of the printed list of speakers */
  add_unit (self, UNIT_HEADING, (gpointer) _("Speakers and moderation"), 0);

  for (guint d = 0; d < p->days->len; d++)
    {
      PodiumProgrammeDay *day = g_ptr_array_index (p->days, d);

      for (guint b = 0; b < day->blocks->len; b++)
        {
          PodiumProgrammeBlock *block = g_ptr_array_index (day->blocks, b);

          for (guint e = 0; e < block->entries->len; e++)
            {
              PodiumProgrammeEntry *entry = g_ptr_array_index (block->entries, e);
              GListModel *roles = podium_session_get_roles (entry->session);

              for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
                {
                  g_autoptr(PodiumRole) role = g_list_model_get_item (roles, r);
                  PodiumPerson *person = podium_role_get_person (role);
                  PodiumOrganization *org = podium_role_get_organization (role);
                  gpointer holder = person ? (gpointer) person : (gpointer) org;
                  SpeakerItem *item;

                  if (holder == NULL)
                    continue;
                  item = g_hash_table_lookup (by_holder, holder);
                  if (item == NULL)
                    {
                      GString *detail = g_string_new (NULL);
                      const char *name;
                      const char *last_space;

                      item = g_new0 (SpeakerItem, 1);
                      item->entries = g_ptr_array_new ();
                      item->roles = g_ptr_array_new_with_free_func (free_gstring);
                      if (person != NULL)
                        {
                          PodiumOrganization *own = org ? org : podium_person_get_organization (person);
                          const char *position = podium_person_get_position (person);

                          item->name = podium_labels_person (person);
                          name = podium_person_get_name (person);
                          if (position && *position)
                            g_string_append (detail, position);
                          /* The organisation, unless the position already names it */
                          if (own != NULL && (position == NULL ||
                                              strstr (position, podium_organization_get_name (own)) == NULL))
                            g_string_append_printf (detail, "%s%s", detail->len ? "\n" : "",
                                                    podium_organization_get_name (own));
                        }
                      else
                        {
                          item->name = g_strdup (podium_labels_organization (org));
                          name = item->name;
                          if (g_strcmp0 (item->name, podium_organization_get_name (org)) != 0)
                            g_string_append (detail, podium_organization_get_name (org));
                        }
                      item->detail = detail->len ? g_string_free (detail, FALSE)
                                                 : (g_string_free (detail, TRUE), NULL);
                      /* People are listed by surname */
                      last_space = person ? strrchr (name, ' ') : NULL;
                      {
                        g_autofree char *key = g_strconcat (last_space ? last_space + 1 : name,
                                                            " ", name, NULL);
                        item->sort_key = g_utf8_collate_key (key, -1);
                      }
                      g_hash_table_insert (by_holder, holder, item);
                      g_ptr_array_add (self->items, item);
                    }

                  /* Two roles in one session: one line, "Moderation, Impulse" */
                  if (item->entries->len > 0 &&
                      g_ptr_array_index (item->entries, item->entries->len - 1) == entry)
                    g_string_append_printf (g_ptr_array_index (item->roles, item->roles->len - 1),
                                            ", %s", podium_labels_role (podium_role_get_role (role)));
                  else
                    {
                      g_ptr_array_add (item->entries, entry);
                      g_ptr_array_add (item->roles,
                                       g_string_new (podium_labels_role (podium_role_get_role (role))));
                    }
                }
            }
        }
    }
}

static int
compare_speakers (gconstpointer a,
                  gconstpointer b)
{
  const SpeakerItem *sa = *(SpeakerItem **) a;
  const SpeakerItem *sb = *(SpeakerItem **) b;

  return strcmp (sa->sort_key, sb->sort_key);
}

static char *
format_length (int seconds)
{
  if (seconds < 0)
    return g_strdup ("–");
  return g_strdup_printf ("%d:%02d", seconds / 60, seconds % 60);
}

/* "Session: Confirmed\nVideo: Approved": two statuses side by side need their names */
static char *
cue_status (PodiumSession *session,
            PodiumVideo   *video)
{
  const char *status = podium_labels_session_status (podium_session_get_status (session));
  /* TRANSLATORS: run of show, the status column: whether the session itself is
   * confirmed, "Session: Confirmed" */
  g_autofree char *line = g_strdup_printf (C_("run-of-show", "Session: %s"), status);
  g_autofree char *video_line = NULL;

  if (video == NULL)
    return g_steal_pointer (&line);
  /* TRANSLATORS: run of show, the status column: how far the video message is,
   * "Video: Approved" */
  video_line = g_strdup_printf (C_("run-of-show", "Video: %s"),
                                podium_labels_video_status (podium_video_get_status (video)));
  return g_strconcat (line, "\n", video_line, NULL);
}

static void
build_run_of_show (PodiumRenderer *self)
{
  PodiumProgramme *p = self->programme;

  self->item_free = cue_item_free;
  add_unit (self, UNIT_HEADING, (gpointer) C_("document", "Run of show"), 0);
  for (guint d = 0; d < p->days->len; d++)
    {
      PodiumProgrammeDay *day = g_ptr_array_index (p->days, d);
      Unit *day_unit = add_unit (self, UNIT_DAY, day, d == 0 ? 10 : 24);

      day_unit->keep_with_next = TRUE;
      for (guint b = 0; b < day->blocks->len; b++)
        {
          PodiumProgrammeBlock *block = g_ptr_array_index (day->blocks, b);

          for (guint e = 0; e < block->entries->len; e++)
            {
              PodiumProgrammeEntry *entry = g_ptr_array_index (block->entries, e);
              PodiumVideo *video = podium_session_get_video (entry->session);
              const char *file = video ? podium_video_get_file (video) : NULL;
              CueItem *item = g_new0 (CueItem, 1);
              Unit *unit;

              item->entry = entry;
              item->who = join_people (entry->people);
              /* Only sessions that play a video have a file, a length and a video status */
              if (!entry->is_video && (file == NULL || *file == '\0'))
                video = NULL;
              if (video != NULL)
                {
                  int length = podium_video_get_duration (video);
                  int minutes = podium_session_get_duration (entry->session);

                  item->video = file && *file ? g_path_get_basename (file) : g_strdup ("–");
                  item->length = format_length (length);
                  /* The same test as the video-overrun conflict */
                  if (length >= 0 && length > minutes * 60)
                    /* TRANSLATORS: run of show, under a video that runs over its slot:
                     * "Video 5:20 is longer than its 5-minute slot"; the plural follows
                     * the minutes */
                    item->overrun = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                  "Video %s is longer than its %d-minute slot",
                                                                  "Video %s is longer than its %d-minute slot",
                                                                  minutes),
                                                     item->length, minutes);
                }
              item->status = cue_status (entry->session, video);
              g_ptr_array_add (self->items, item);

              unit = add_unit (self, UNIT_ROW, item, 0);
              unit->day = day_unit;
            }
        }
    }
}

/* A room's sign for @day (NULL: the room has no sessions): the first two sessions in
 * large type in the head, the rest of the day as rows below */
static void
add_room_sign (PodiumRenderer     *self,
               PodiumRoom         *room,
               PodiumProgrammeDay *day,
               GPtrArray          *entries)
{
  const char *theme = podium_room_get_theme (room);
  RoomItem *item = g_new0 (RoomItem, 1);
  Unit *head;

  item->name = g_strdup (podium_room_get_name (room));
  item->theme = theme && *theme ? g_strdup (theme) : NULL;
  item->day = day;
  item->now = entries->len > 0 ? g_ptr_array_index (entries, 0) : NULL;
  item->next = entries->len > 1 ? g_ptr_array_index (entries, 1) : NULL;
  /* The logo of the organisation that moderates here, the first one that has one */
  for (guint i = 0; i < entries->len && item->logo == NULL; i++)
    {
      PodiumProgrammeEntry *entry = g_ptr_array_index (entries, i);

      if (entry->moderator != NULL)
        {
          item->logo = get_image (self, podium_organization_get_logo (entry->moderator));
          item->logo_alt = podium_organization_get_name (entry->moderator);
        }
    }
  g_ptr_array_add (self->items, item);

  head = add_unit (self, UNIT_ROOM_HEAD, item, 0);
  head->new_page = TRUE;
  head->keep_with_next = TRUE;
  if (entries->len > 2)
    {
      Unit *later = add_unit (self, UNIT_ROOM_LATER, NULL, 0);

      later->day = head;
      later->keep_with_next = TRUE;
    }
  for (guint i = 2; i < entries->len; i++)
    {
      Unit *unit = add_unit (self, UNIT_ROOM_ROW, g_ptr_array_index (entries, i), 0);

      unit->day = head;
    }
}

/* One sign per room and day, as a stack of pages to put up day by day */
static void
build_rooms (PodiumRenderer *self,
             PodiumDocument *document)
{
  GListModel *rooms = podium_document_get_rooms (document);
  PodiumProgramme *p = self->programme;

  self->item_free = room_item_free;
  for (guint r = 0; r < g_list_model_get_n_items (rooms); r++)
    {
      g_autoptr(PodiumRoom) room = g_list_model_get_item (rooms, r);
      gboolean any = FALSE;

      for (guint d = 0; d < p->days->len; d++)
        {
          PodiumProgrammeDay *day = g_ptr_array_index (p->days, d);
          g_autoptr(GPtrArray) entries = g_ptr_array_new ();

          for (guint b = 0; b < day->blocks->len; b++)
            {
              PodiumProgrammeBlock *block = g_ptr_array_index (day->blocks, b);

              for (guint e = 0; e < block->entries->len; e++)
                {
                  PodiumProgrammeEntry *entry = g_ptr_array_index (block->entries, e);

                  if (podium_session_get_room (entry->session) == room ||
                      podium_session_get_all_rooms (entry->session))
                    g_ptr_array_add (entries, entry);
                }
            }
          if (entries->len > 0)
            {
              add_room_sign (self, room, day, entries);
              any = TRUE;
            }
        }
      /* A room with nothing planned still gets its sign */
      if (!any)
        {
          g_autoptr(GPtrArray) none = g_ptr_array_new ();

          add_room_sign (self, room, NULL, none);
        }
    }
}



/* In a tagged PDF, the rows of a timetable form one Table element from the first
 * row to the next heading, across pages */
static void
open_or_close_table (PodiumRenderer *self,
                     cairo_t        *cr,
                     Unit           *unit)
{
  gboolean row = unit->kind == UNIT_BLOCK_HEAD || unit->kind == UNIT_ENTRY ||
                 unit->kind == UNIT_ROW || unit->kind == UNIT_ROOM_ROW ||
                 unit->kind == UNIT_ATT_ROW;

  if (row && !self->in_table)
    cairo_tag_begin (cr, "Table", NULL);
  else if (!row && self->in_table)
    cairo_tag_end (cr, "Table");
  self->in_table = row;
}

static void
draw_page (PodiumRenderer *self,
           cairo_t        *cr,
           guint           page_nr,
           gboolean        tagged)
{
  Page *page = &g_array_index (self->pages, Page, page_nr);
  double y = PODIUM_RENDERER_MARGIN;

  g_array_set_size (self->boxes, 0);

  podium_print_push_language (self->language);
  cairo_save (cr);
  self->drawing_page = page_nr;

  /* Repeated headings and the footer are not read again: untagged, they become artifacts */
  self->tagging = FALSE;
  if (page->cont_day != NULL)
    y += draw_unit (self, cr, page->cont_day, TRUE, y) + (page->cont_day->kind == UNIT_DAY ? 4 : 0);
  if (page->cont_block != NULL)
    draw_unit (self, cr, page->cont_block, TRUE, y);

  for (guint i = page->first; i < page->first + page->n_units; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);

      if (tagged)
        open_or_close_table (self, cr, unit);
      self->tagging = tagged;
      draw_unit (self, cr, unit, FALSE, unit->y);
      self->tagging = FALSE;
    }

  /* Label sheets have no footer, only the marks to cut plain paper by */
  if (g_str_equal (self->document_kind, PODIUM_PRINT_BADGES))
    {
      if (self->message == NULL)
        draw_cut_marks (self, cr);
    }
  else
    draw_footer (self, cr, page_nr);

  cairo_restore (cr);
  podium_print_pop_language ();
}

static void
paginate (PodiumRenderer *self)
{
  double top = PODIUM_RENDERER_MARGIN;
  double bottom = content_bottom (self);
  double y = top;
  Page page = { 0, 0, NULL, NULL };

  g_array_set_size (self->pages, 0);

  for (guint i = 0; i < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);
      unit->height = draw_unit (self, NULL, unit, FALSE, 0);
    }

  for (guint i = 0; i < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);
      double need = unit->height;
      gboolean fresh = page.n_units == 0;

      /* A heading needs what follows it on the same page */
      for (guint j = i; j + 1 < self->units->len; j++)
        {
          Unit *u = g_ptr_array_index (self->units, j);
          Unit *next = g_ptr_array_index (self->units, j + 1);

          if (!u->keep_with_next || next->new_page)
            break;
          need += next->space_before + next->height;
        }
      if (!fresh)
        need += unit->space_before;

      if (!fresh && (unit->new_page || y + need > bottom))
        {
          g_array_append_val (self->pages, page);
          page.first = i;
          page.n_units = 0;
          page.cont_day = NULL;
          page.cont_block = NULL;
          y = top;
          fresh = TRUE;
        }

      if (fresh)
        {
          /* Continuation headings for what carries over from the last page */
          if (unit->day != NULL && unit->day != unit)
            {
              page.cont_day = unit->day;
              y += draw_unit (self, NULL, unit->day, TRUE, 0) +
                   (unit->day->kind == UNIT_DAY ? 4 : 0);
            }
          if (unit->block != NULL && unit->block != unit)
            {
              page.cont_block = unit->block;
              y += draw_unit (self, NULL, unit->block, TRUE, 0);
            }
        }
      else
        y += unit->space_before;

      unit->page = self->pages->len;
      unit->y = y;
      y += unit->height;
      page.n_units++;
    }

  g_array_append_val (self->pages, page);
}

/* GObject */

static void
podium_renderer_finalize (GObject *object)
{
  PodiumRenderer *self = (PodiumRenderer *) object;

  g_ptr_array_unref (self->units);
  g_ptr_array_unref (self->items);
  g_array_unref (self->pages);
  g_array_unref (self->boxes);
  g_ptr_array_unref (self->figure_alts);
  g_hash_table_unref (self->images);
  g_clear_object (&self->base);
  g_clear_pointer (&self->images_read, g_hash_table_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->programme, podium_programme_free);
  g_free (self->document_kind);
  g_free (self->language);
  g_free (self->title);
  g_free (self->author);
  g_free (self->message);

  G_OBJECT_CLASS (podium_renderer_parent_class)->finalize (object);
}

static void
podium_renderer_class_init (PodiumRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podium_renderer_finalize;
}

static void
podium_renderer_init (PodiumRenderer *self)
{
  cairo_font_options_t *options;

  self->units = g_ptr_array_new_with_free_func (g_free);
  self->items = g_ptr_array_new ();
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  self->boxes = g_array_new (FALSE, TRUE, sizeof (cairo_rectangle_t));
  self->figure_alts = g_ptr_array_new_with_free_func (g_free);
  self->images = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) podium_print_image_free);

  /* Lay out in points, unhinted, so the page looks the same on paper, in the PDF and on screen */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
}

/* Public API */

PodiumRenderer *
podium_renderer_new (PodiumDocument            *document,
                     const PodiumExportOptions *options)
{
  PodiumRenderer *self;
  PodiumConference *conference;
  const char *kind = NULL;
  int day = PODIUM_DATE_NONE;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  if (options != NULL)
    {
      kind = options->document;
      day = options->day;
    }
  if (kind == NULL)
    kind = PODIUM_PRINT_PROGRAMME;

  conference = podium_document_get_conference (document);
  self = g_object_new (PODIUM_TYPE_RENDERER, NULL);
  self->document_kind = g_strdup (kind);
  if (options != NULL && options->base != NULL)
    self->base = g_object_ref (options->base);
  if (options != NULL && options->images != NULL)
    self->images_read = g_hash_table_ref (options->images);
  self->language = podium_print_resolve_language (options ? options->language : NULL,
                                                  podium_conference_get_language (conference));
  pango_context_set_language (self->context, pango_language_from_string (self->language));

  podium_print_push_language (self->language);

  self->programme = podium_programme_new (document, day);
  self->author = g_strdup (self->programme->author);
  self->abstracts = options != NULL && options->abstracts && g_str_equal (kind, PODIUM_PRINT_PROGRAMME);
  if (g_str_equal (kind, PODIUM_PRINT_ROOMS))
    {
      /* TRANSLATORS: PDF title of the room signs: "Room signs – <conference>" */
      self->title = g_strdup_printf (_("Room signs – %s"), self->programme->title);
      build_rooms (self, document);
    }
  else if (g_str_equal (kind, PODIUM_PRINT_SPEAKERS))
    {
      /* TRANSLATORS: PDF title of the list of speakers: "Speakers – <conference>" */
      self->title = g_strdup_printf (_("Speakers – %s"), self->programme->title);
      build_speakers (self, document);
      /* People follow the heading by surname */
      g_ptr_array_sort (self->items, compare_speakers);
      for (guint i = 0; i < self->items->len; i++)
        add_unit (self, UNIT_PERSON, g_ptr_array_index (self->items, i), 0);
    }
  else if (g_str_equal (kind, PODIUM_PRINT_BADGES))
    {
      /* TRANSLATORS: PDF title of the name badges: "Name badges – <conference>" */
      self->title = g_strdup_printf (_("Name badges – %s"), self->programme->title);
      build_badges (self, document);
    }
  else if (g_str_equal (kind, PODIUM_PRINT_ATTENDANCE))
    {
      /* TRANSLATORS: PDF title of the attendance lists: "Attendance lists – <conference>" */
      self->title = g_strdup_printf (_("Attendance lists – %s"), self->programme->title);
      build_attendance (self, document);
    }
  else if (g_str_equal (kind, PODIUM_PRINT_RUN_OF_SHOW))
    {
      /* TRANSLATORS: PDF title of the cue sheet: "Run of show – <conference>" */
      self->title = g_strdup_printf (_("Run of show – %s"), self->programme->title);
      build_run_of_show (self);
    }
  else
    {
      self->title = g_strdup (self->programme->title);
      build_programme (self);
    }

  /* The print dialog offers them for every plan: an empty one says why it is empty */
  if (self->units->len == 0 && (g_str_equal (kind, PODIUM_PRINT_BADGES) ||
                                g_str_equal (kind, PODIUM_PRINT_ATTENDANCE)))
    {
      g_autoptr(GError) error = NULL;

      if (!podium_renderer_check_document (document, kind, &error))
        self->message = g_strdup (error->message);
      else
        self->message = g_strdup (_("The plan has no participants"));
      add_unit (self, UNIT_HEADING, self->message, 0);
    }

  podium_print_pop_language ();

  if (self->item_free != NULL)
    g_ptr_array_set_free_func (self->items, self->item_free);

  return self;
}

void
podium_renderer_get_paper_size (PodiumRenderer *self,
                                double         *width,
                                double         *height)
{
  gboolean letter;
  double w, h;

  g_return_if_fail (PODIUM_IS_RENDERER (self));

  letter = podium_print_locale_uses_letter ();
  w = letter ? 612.0 : 595.276;
  h = letter ? 792.0 : 841.89;
  if (podium_renderer_get_landscape (self))
    {
      double t = w;
      w = h;
      h = t;
    }
  if (width)
    *width = w;
  if (height)
    *height = h;
}

gboolean
podium_renderer_get_landscape (PodiumRenderer *self)
{
  g_return_val_if_fail (PODIUM_IS_RENDERER (self), FALSE);

  return g_str_equal (self->document_kind, PODIUM_PRINT_ROOMS) ||
         g_str_equal (self->document_kind, PODIUM_PRINT_RUN_OF_SHOW);
}

guint
podium_renderer_paginate (PodiumRenderer *self,
                          double          page_width,
                          double          page_height)
{
  g_return_val_if_fail (PODIUM_IS_RENDERER (self), 0);
  g_return_val_if_fail (page_width > 4 * PODIUM_RENDERER_MARGIN, 0);
  g_return_val_if_fail (page_height > 4 * PODIUM_RENDERER_MARGIN, 0);

  self->page_width = page_width;
  self->page_height = page_height;

  podium_print_push_language (self->language);
  paginate (self);
  podium_print_pop_language ();

  return self->pages->len;
}

guint
podium_renderer_get_n_pages (PodiumRenderer *self)
{
  g_return_val_if_fail (PODIUM_IS_RENDERER (self), 0);

  return self->pages->len;
}

void
podium_renderer_draw_page (PodiumRenderer *self,
                           cairo_t        *cr,
                           guint           page_nr)
{
  g_return_if_fail (PODIUM_IS_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_nr < self->pages->len);

  draw_page (self, cr, page_nr, FALSE);
}

/* What cairo 1.16 gets right and wrong (checked on Debian 12's 1.16.0-7 output):
 * headings, P, Table/TR/TH/TD and Link with its annotation (OBJR, StructParent,
 * ParentTree) are written right, elements may run across pages, and the outline
 * works.  Wrong or missing: content drawn directly inside an element that has child
 * elements is left out of the tree (so every text goes into a leaf element), there
 * is no Artifact (a tag named so becomes a structure element: not used; untagged
 * content is marked as artifact afterwards), no attributes (TH /Scope, Figure /Alt),
 * no /Lang, XMP or DisplayDocTitle, and the outline root's /Count is negative.
 * podium_pdf_render() adds those with qpdf (podium-pdf-tags.cc). */
void
podium_renderer_draw_tagged (PodiumRenderer *self,
                             cairo_t        *cr)
{
  g_return_if_fail (PODIUM_IS_RENDERER (self));
  g_return_if_fail (cr != NULL);

  self->in_table = FALSE;
  g_ptr_array_set_size (self->figure_alts, 0);
  cairo_tag_begin (cr, "Document", NULL);
  for (guint i = 0; i < self->pages->len; i++)
    {
      draw_page (self, cr, i, TRUE);
      if (i + 1 == self->pages->len)
        {
          if (self->in_table)
            cairo_tag_end (cr, "Table");
          self->in_table = FALSE;
          cairo_tag_end (cr, "Document");
        }
      cairo_show_page (cr);
    }
}

const char *
podium_renderer_get_title (PodiumRenderer *self)
{
  g_return_val_if_fail (PODIUM_IS_RENDERER (self), NULL);
  return self->title;
}

const char *
podium_renderer_get_author (PodiumRenderer *self)
{
  g_return_val_if_fail (PODIUM_IS_RENDERER (self), NULL);
  return self->author;
}

const char *
podium_renderer_get_language (PodiumRenderer *self)
{
  g_return_val_if_fail (PODIUM_IS_RENDERER (self), NULL);
  return self->language;
}

GPtrArray *
podium_renderer_get_figure_alts (PodiumRenderer *self)
{
  g_return_val_if_fail (PODIUM_IS_RENDERER (self), NULL);
  return self->figure_alts;
}

GArray *
podium_renderer_get_drawn_boxes (PodiumRenderer *self)
{
  g_return_val_if_fail (PODIUM_IS_RENDERER (self), NULL);
  return self->boxes;
}

void
podium_renderer_get_content_area (PodiumRenderer    *self,
                                  cairo_rectangle_t *area)
{
  g_return_if_fail (PODIUM_IS_RENDERER (self));
  g_return_if_fail (area != NULL);

  area->x = PODIUM_RENDERER_MARGIN;
  area->y = PODIUM_RENDERER_MARGIN;
  area->width = self->page_width - 2 * PODIUM_RENDERER_MARGIN;
  area->height = self->page_height - 2 * PODIUM_RENDERER_MARGIN;
}

gboolean
podium_renderer_check_document (PodiumDocument  *document,
                                const char      *kind,
                                GError         **error)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (kind == NULL ||
      (!g_str_equal (kind, PODIUM_PRINT_BADGES) && !g_str_equal (kind, PODIUM_PRINT_ATTENDANCE)))
    return TRUE;

  if (!podium_participants_in_use (document))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The plan has no participants"));
      return FALSE;
    }
  if (g_str_equal (kind, PODIUM_PRINT_ATTENDANCE))
    {
      g_autoptr(GHashTable) counts = podium_participants_assigned_counts (document);
      g_autoptr(GPtrArray) sessions = podium_programme_sorted_sessions (document, PODIUM_DATE_NONE);

      for (guint i = 0; i < sessions->len; i++)
        if (GPOINTER_TO_INT (g_hash_table_lookup (counts, g_ptr_array_index (sessions, i))) > 0)
          return TRUE;
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("No participant is assigned to a session yet"));
      return FALSE;
    }
  return TRUE;
}
