// The _codecs module, as much of it as lib/codecs.py needs: the text codecs themselves live in
// src/objects/codecs.ts (str.encode and bytes.decode use them); this names them for codecs.lookup().

import { raise, Ref, T } from '../objects/core';
import { isStr, newStr, strValue } from '../objects/str';
import { typeNameOfObj } from '../objects/abstract';
import { lookupCodec } from '../objects/codecs';
import { defineModule } from './registry';

/** The name CPython's CodecInfo gives each text codec (the codec module's own name, so latin-1 is iso8859-1). */
const CODEC_INFO_NAMES: Record<string, string> = { 'latin-1': 'iso8859-1' };

export const codecsModule = defineModule('_codecs', {
  gilSafe: true, // no state
  functions: {
    /** gilt's: the CodecInfo name of a text encoding (LookupError when str.encode does not know it). */
    _text_codec_name: (_m, args) => {
      const name: Ref = args[0];
      if (args.length !== 1 || !isStr(name)) {
        throw raise(T.TypeError, `lookup() argument must be str, not ${args.length ? typeNameOfObj(name) : 'nothing'}`);
      }
      const codec = lookupCodec(strValue(name));
      return newStr(CODEC_INFO_NAMES[codec] ?? codec);
    },
  },
});
