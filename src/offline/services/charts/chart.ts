/**
 * Charts.Chart of the emulated Charts service: a built chart, turned into an image by getAs or
 * getBlob (https://developers.google.com/apps-script/reference/charts/chart). Rendered once, when
 * first asked for (render.ts).
 */
import type { Emulates } from '../emulation';
import { FakeBlob } from '../utilities';
import { barChartSvg, renderPng, type BarChartSpec } from './render';

const PNG = 'image/png';

export class FakeChart implements Emulates<GoogleAppsScript.Charts.Chart, 'getAs' | 'getBlob'> {
  static gasClass = 'Chart';
  private _png: Buffer | undefined;
  constructor(readonly _spec: BarChartSpec) {}

  _image(): Buffer {
    this._png ??= renderPng(barChartSvg(this._spec));
    return this._png;
  }
  /** A PNG blob named after the chart's title (Google names it "chart.png" when untitled; the stricter reading). */
  getBlob(): FakeBlob {
    return new FakeBlob(Buffer.from(this._image()), PNG, `${this._spec.title || 'chart'}.png`);
  }
  /** The chart as an image: PNG only is emulated (Google also converts to other image types). */
  getAs(contentType: string): FakeBlob {
    if (String(contentType).toLowerCase() !== PNG)
      throw new Error(`not emulated: Chart.getAs(${contentType})`);
    return this.getBlob();
  }
}
