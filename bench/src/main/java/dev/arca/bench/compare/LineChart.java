package dev.arca.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A line chart written as a self-contained SVG document: a logarithmic y axis (throughputs a
 * hundredfold apart, latencies from tenths of a millisecond to seconds), an x axis whose ticks the
 * caller places, one polyline with markers per series, and a legend. No scripts, no external fonts
 * or styles, so that it renders the same in a browser, on GitHub and in an editor.
 */
final class LineChart {

  static final int WIDTH = 760;
  static final int HEIGHT = 460;
  private static final int LEFT = 78;
  private static final int RIGHT = 200;
  private static final int TOP = 44;
  private static final int BOTTOM = 58;

  /** Colour-blind-safe colours (Okabe and Ito), by series. */
  private static final String[] COLOURS = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"
  };

  /** A tick of the x axis: where it is and what it says. */
  record Tick(double x, String label) {}

  /** A line: its name in the legend, whether it is dashed, and its points {x, y}. */
  record Series(String name, boolean dashed, List<double[]> points) {
    Series {
      Objects.requireNonNull(name, "name");
      points = List.copyOf(points);
    }
  }

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Tick> xTicks;
  private final List<Series> series = new ArrayList<>();

  LineChart(String title, String xLabel, String yLabel, List<Tick> xTicks) {
    if (xTicks.size() < 2) {
      throw new IllegalArgumentException("an x axis needs at least two ticks");
    }
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.xTicks = List.copyOf(xTicks);
  }

  LineChart add(Series s) {
    series.add(s);
    return this;
  }

  /** The chart as an SVG document. Points with y ≤ 0 cannot be on a log axis and are left out. */
  String svg() {
    double xMin = xTicks.stream().mapToDouble(Tick::x).min().orElseThrow();
    double xMax = xTicks.stream().mapToDouble(Tick::x).max().orElseThrow();
    double yLo = Double.POSITIVE_INFINITY;
    double yHi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double[] p : s.points()) {
        if (p[1] > 0) {
          yLo = Math.min(yLo, p[1]);
          yHi = Math.max(yHi, p[1]);
        }
      }
    }
    if (yLo == Double.POSITIVE_INFINITY) {
      yLo = 1;
      yHi = 10;
    }
    int decadeLo = (int) Math.floor(Math.log10(yLo));
    int decadeHi = Math.max(decadeLo + 1, (int) Math.ceil(Math.log10(yHi)));
    Frame f = new Frame(xMin, xMax, decadeLo, decadeHi);

    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    out.append(String.format(Locale.ROOT, "<title>%s</title>\n", escape(title)));
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    text(out, WIDTH / 2.0 - RIGHT / 2.0, 24, "middle", 15, "bold", title);

    // Grid and y labels: every decade, with lighter lines at 2 and 5 times it.
    for (int d = decadeLo; d <= decadeHi; d++) {
      for (int m : new int[] {1, 2, 5}) {
        double v = m * Math.pow(10, d);
        if (Math.log10(v) > decadeHi + 1e-9) {
          break;
        }
        double y = f.y(v);
        out.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
                f.left,
                y,
                f.right,
                y,
                m == 1 ? "#c8c8c8" : "#ececec"));
        if (m == 1 || decadeHi - decadeLo <= 2) {
          text(out, f.left - 8, y + 4, "end", 11, null, number(v));
        }
      }
    }
    for (Tick t : xTicks) {
      double x = f.x(t.x());
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ececec\"/>\n",
              x,
              f.top,
              x,
              f.bottom));
      text(out, x, f.bottom + 18, "middle", 11, null, t.label());
    }
    out.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\""
                + " stroke=\"#555555\"/>\n",
            f.left,
            f.top,
            f.right - f.left,
            f.bottom - f.top));
    text(out, (f.left + f.right) / 2, HEIGHT - 14, "middle", 12, null, xLabel);
    double yMid = (f.top + f.bottom) / 2;
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 18 %.1f)\">"
                + "%s</text>\n",
            yMid,
            yMid,
            escape(yLabel)));

    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String colour = COLOURS[i % COLOURS.length];
      StringBuilder points = new StringBuilder();
      List<double[]> shown = new ArrayList<>();
      for (double[] p : s.points()) {
        if (p[1] > 0) {
          shown.add(p);
          points.append(String.format(Locale.ROOT, "%.1f,%.1f ", f.x(p[0]), f.y(p[1])));
        }
      }
      out.append(
          String.format(
              Locale.ROOT,
              "<g><title>%s</title>\n<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s"
                  + " points=\"%s\"/>\n",
              escape(s.name()),
              colour,
              s.dashed() ? " stroke-dasharray=\"6 4\"" : "",
              points.toString().strip()));
      for (double[] p : shown) {
        out.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
                f.x(p[0]),
                f.y(p[1]),
                colour));
      }
      out.append("</g>\n");
      double ly = f.top + 10 + i * 20;
      double lx = f.right + 14;
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                  + " stroke-width=\"2\"%s/>\n",
              lx,
              ly,
              lx + 24,
              ly,
              colour,
              s.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
      text(out, lx + 30, ly + 4, "start", 12, null, s.name());
    }
    out.append("</svg>\n");
    return out.toString();
  }

  /** Plot coordinates. */
  private static final class Frame {
    final double left = LEFT;
    final double right = WIDTH - RIGHT;
    final double top = TOP;
    final double bottom = HEIGHT - BOTTOM;
    final double xMin;
    final double xMax;
    final int decadeLo;
    final int decadeHi;

    Frame(double xMin, double xMax, int decadeLo, int decadeHi) {
      this.xMin = xMin;
      this.xMax = xMax;
      this.decadeLo = decadeLo;
      this.decadeHi = decadeHi;
    }

    double x(double v) {
      double pad = 0.04 * (right - left);
      return left + pad + (v - xMin) / (xMax - xMin) * (right - left - 2 * pad);
    }

    double y(double v) {
      double t = (Math.log10(v) - decadeLo) / (decadeHi - decadeLo);
      return bottom - t * (bottom - top);
    }
  }

  private static void text(
      StringBuilder out, double x, double y, String anchor, int size, String weight, String s) {
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\"%s>%s</text>\n",
            x,
            y,
            anchor,
            size,
            weight == null ? "" : " font-weight=\"" + weight + "\"",
            escape(s)));
  }

  /** An axis number: 0.1, 2, 50, 1k, 20k, 1M. */
  static String number(double v) {
    if (v >= 1e6) {
      return trim(v / 1e6) + "M";
    }
    if (v >= 1e3) {
      return trim(v / 1e3) + "k";
    }
    return trim(v);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }
}
