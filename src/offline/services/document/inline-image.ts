/**
 * InlineImage of the emulated DocumentApp: an image in a paragraph's text
 * (https://developers.google.com/apps-script/reference/document/inline-image). Its size is in
 * pixels, as DocumentApp gives it (the .docx writer places it at 96 pixels an inch).
 */
import type { Emulates } from '../emulation';
import { FakeBlob } from '../utilities';
import { ElementType } from './enums';
import { FakeElement, raw } from './element';

/**
 * What Docs takes: PNG, JPEG or GIF, under 50 MB and at most 25 megapixels. DocumentApp's pages
 * are silent; these are the Docs API's for the same insertion (the stricter reading)
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#insertinlineimagerequest
 */
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_PIXELS = 25_000_000;

export interface ImageData {
  data: Buffer;
  contentType: 'image/png' | 'image/jpeg' | 'image/gif';
  width: number;
  height: number;
}

/** The type and pixel size of PNG, JPEG or GIF bytes; undefined for anything else. */
export function imageInfo(data: Buffer): Omit<ImageData, 'data'> | undefined {
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47 && data.toString('latin1', 12, 16) === 'IHDR')
    return { contentType: 'image/png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (data.length >= 10 && data.toString('latin1', 0, 4) === 'GIF8')
    return { contentType: 'image/gif', width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let at = 2;
    while (at + 9 < data.length) {
      if (data[at] !== 0xff) return undefined;
      const marker = data[at + 1];
      const length = data.readUInt16BE(at + 2);
      // Start of frame (baseline, progressive, …; not DHT 0xC4, JPG 0xC8, DAC 0xCC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return {
          contentType: 'image/jpeg',
          height: data.readUInt16BE(at + 5),
          width: data.readUInt16BE(at + 7),
        };
      at += 2 + length;
    }
  }
  return undefined;
}

/** The bytes of a BlobSource a script passes (a Blob, or anything with getBlob()). */
export function imageOf(source: unknown): ImageData {
  const given = raw(source) as unknown;
  const blob =
    given instanceof FakeBlob
      ? given
      : given && typeof (given as { getBlob?: unknown }).getBlob === 'function'
        ? (raw((given as { getBlob(): unknown }).getBlob()) as unknown)
        : undefined;
  if (!(blob instanceof FakeBlob)) throw new Error('Invalid argument: image');
  const data = Buffer.from(blob._data);
  const info = imageInfo(data);
  if (!info) throw new Error('Invalid image data.');
  if (data.length > MAX_BYTES || info.width * info.height > MAX_PIXELS)
    throw new Error('The image is too large: images must be under 50 MB and at most 25 megapixels.');
  return { data, ...info };
}

export class FakeInlineImage
  extends FakeElement
  implements
    Emulates<
      GoogleAppsScript.Document.InlineImage,
      | 'copy'
      | 'getAltDescription'
      | 'getAltTitle'
      | 'getAs'
      | 'getBlob'
      | 'getHeight'
      | 'getType'
      | 'getWidth'
      | 'setAltDescription'
      | 'setAltTitle'
      | 'setHeight'
      | 'setWidth'
    >
{
  static override gasClass = 'InlineImage';
  _altTitle = '';
  _altDescription = '';

  constructor(
    readonly _image: ImageData,
    public _width = _image.width,
    public _height = _image.height,
  ) {
    super();
  }

  getType() {
    return ElementType.INLINE_IMAGE;
  }
  getText() {
    return '';
  }
  copy(): FakeInlineImage {
    const image = new FakeInlineImage(this._image, this._width, this._height);
    image._altTitle = this._altTitle;
    image._altDescription = this._altDescription;
    return image;
  }
  getWidth(): number {
    return this._width;
  }
  getHeight(): number {
    return this._height;
  }
  setWidth(width: number): this {
    this._width = positive(width, 'width');
    return this;
  }
  setHeight(height: number): this {
    this._height = positive(height, 'height');
    return this;
  }
  getAltTitle(): string | null {
    return this._altTitle || null;
  }
  getAltDescription(): string | null {
    return this._altDescription || null;
  }
  setAltTitle(title: string): this {
    this._altTitle = String(title ?? '');
    return this;
  }
  setAltDescription(description: string): this {
    this._altDescription = String(description ?? '');
    return this;
  }
  getBlob(): FakeBlob {
    return new FakeBlob(Buffer.from(this._image.data), this._image.contentType, null);
  }
  /** The image in its own type only: a conversion to another is not emulated. */
  getAs(contentType: string): FakeBlob {
    if (String(contentType).toLowerCase() !== this._image.contentType)
      throw new Error(`not emulated: InlineImage.getAs(${contentType})`);
    return this.getBlob();
  }
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`Invalid argument: ${name}`);
  return Math.round(value);
}
