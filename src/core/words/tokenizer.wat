;; The word reader behind words/tokens.ts, in WebAssembly: one pass over a paragraph's UTF-8 bytes
;; that writes each word's offsets, hash and shape, and notes the word starts where a date, an NCT
;; ID or a phase may begin. tokens.ts says what each output means and holds the host side.
;;
;; Why WebAssembly: this loop reads every byte of every document. Written in TypeScript, V8 checked
;; each typed-array read and store and kept the running hash boxed on the stack; here the same
;; steps are plain loads and registers, and the whole engine ran ~10% faster on the corpus.
;;
;; The tables (character classes, date-anchor prefixes, the lexicon's first-word filter) are the
;; TypeScript modules' own, copied into memory by the host; the constants come in as imports.
;; Rebuild tokenizer-wasm.ts after a change: `npx tsx scripts/build-tokenizer.ts`.
(module
  (import "anchors" "quarter" (global $QUARTER i32))     ;; ANCHOR_KINDS code of "q1"-"q4"
  (import "anchors" "nct" (global $NCT_START i32))       ;; the code for a word starting "nct"
  (import "anchors" "phase" (global $PHASE_START i32))   ;; and for "ph"
  (import "anchors" "four" (global $FOUR i32))           ;; byThree cells at or above this lead to `fourth`
  (import "anchors" "always" (global $ALWAYS i32))       ;; a gate row that needs no third letter
  (import "anchors" "phCell" (global $PH_CELL i32))      ;; "ph" by its two letters' indexes
  (import "anchors" "nctCell" (global $NCT_CELL i32))    ;; "nct" by its three
  (memory (export "memory") 1)

  ;; Where the tables are, set once by the host.
  (global $charTable (export "charTable") (mut i32) (i32.const 0)) ;; 256 bytes: class of each byte
  (global $byThree (export "byThree") (mut i32) (i32.const 0))     ;; 26^3 bytes, by a word's first three letters
  (global $fourth (export "fourth") (mut i32) (i32.const 0))       ;; 26 bytes a row, by the fourth letter
  (global $gate (export "gate") (mut i32) (i32.const 0))           ;; 128*128 bytes, by the first two characters
  (global $gateMasks (export "gateMasks") (mut i32) (i32.const 0)) ;; i32 a row: third letters that may follow
  (global $filter (export "filter") (mut i32) (i32.const 0))       ;; the first-word filter's bits (WordFilter)
  (global $filterBlocks (export "filterBlocks") (mut i32) (i32.const 0))
  ;; Where the paragraph and the outputs are, set by the host when it makes room.
  (global $bytes (export "bytes") (mut i32) (i32.const 0))
  (global $start (export "start") (mut i32) (i32.const 0))         ;; i32 a word
  (global $end (export "end") (mut i32) (i32.const 0))             ;; i32 a word
  (global $hash (export "hash") (mut i32) (i32.const 0))           ;; i32 a word
  (global $byteStart (export "byteStart") (mut i32) (i32.const 0)) ;; i32 a word
  (global $shape (export "shape") (mut i32) (i32.const 0))         ;; a byte a word
  (global $anchorAt (export "anchorAt") (mut i32) (i32.const 0))   ;; i32 an anchor
  (global $anchorKind (export "anchorKind") (mut i32) (i32.const 0)) ;; a byte an anchor
  ;; Outputs besides the word count, stored at $results when a read ends (two i32: the host reads
  ;; memory faster than it asks a global): how many anchors; 1 when a word starts "nct", | 2 "ph".
  (global $results (export "results") (mut i32) (i32.const 0))
  (global $anchors (mut i32) (i32.const 0))
  (global $flags (mut i32) (i32.const 0))
  (global $anchorCap (mut i32) (i32.const 0))

  ;; A byte's letter index (0-25 for either case; anything else for other bytes, read unsigned).
  (func $letter (param $c i32) (result i32)
    (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 97)))

  ;; What the word starting at byte $i may begin: an ANCHOR_KINDS code, $NCT_START, $PHASE_START, or -1.
  (func $kind (param $i i32) (param $size i32) (result i32)
    (local $c0 i32) (local $c1 i32) (local $l0 i32) (local $l1 i32) (local $l2 i32) (local $l3 i32) (local $cell i32) (local $code i32) (local $v i32)
    (local.set $c0 (i32.load8_u (i32.add (global.get $bytes) (local.get $i))))
    ;; A digit: ANCHOR_KINDS code 0.
    (if (i32.le_u (i32.sub (local.get $c0) (i32.const 48)) (i32.const 9)) (then (return (i32.const 0))))
    (local.set $l0 (call $letter (local.get $c0)))
    (if (i32.or (i32.ge_s (i32.add (local.get $i) (i32.const 1)) (local.get $size)) (i32.gt_u (local.get $l0) (i32.const 25)))
      (then (return (i32.const -1))))
    (local.set $c1 (i32.load8_u (i32.add (global.get $bytes) (i32.add (local.get $i) (i32.const 1)))))
    (local.set $l1 (call $letter (local.get $c1)))
    ;; A letter and a digit: only "q1"-"q4".
    (if (i32.gt_u (local.get $l1) (i32.const 25))
      (then (return (select (global.get $QUARTER) (i32.const -1)
        (i32.and (i32.eq (local.get $l0) (i32.const 16)) (i32.le_u (i32.sub (local.get $c1) (i32.const 49)) (i32.const 3)))))))
    (if (i32.eq (i32.add (i32.mul (local.get $l0) (i32.const 26)) (local.get $l1)) (global.get $PH_CELL)) (then (return (global.get $PHASE_START))))
    (if (i32.ge_s (i32.add (local.get $i) (i32.const 2)) (local.get $size)) (then (return (i32.const -1))))
    (local.set $l2 (call $letter (i32.load8_u (i32.add (global.get $bytes) (i32.add (local.get $i) (i32.const 2))))))
    (if (i32.gt_u (local.get $l2) (i32.const 25)) (then (return (i32.const -1))))
    (local.set $cell (i32.add (i32.mul (i32.add (i32.mul (local.get $l0) (i32.const 26)) (local.get $l1)) (i32.const 26)) (local.get $l2)))
    (if (i32.eq (local.get $cell) (global.get $NCT_CELL)) (then (return (global.get $NCT_START))))
    (local.set $code (i32.load8_u (i32.add (global.get $byThree) (local.get $cell))))
    (if (i32.lt_u (local.get $code) (global.get $FOUR))
      (then (return (select (i32.const -1) (local.get $code) (i32.eqz (local.get $code))))))
    (if (i32.ge_s (i32.add (local.get $i) (i32.const 3)) (local.get $size)) (then (return (i32.const -1))))
    (local.set $l3 (call $letter (i32.load8_u (i32.add (global.get $bytes) (i32.add (local.get $i) (i32.const 3))))))
    (if (i32.gt_u (local.get $l3) (i32.const 25)) (then (return (i32.const -1))))
    (local.set $v (i32.load8_u (i32.add (global.get $fourth)
      (i32.add (i32.mul (i32.sub (local.get $code) (global.get $FOUR)) (i32.const 26)) (local.get $l3)))))
    (select (i32.const -1) (local.get $v) (i32.eqz (local.get $v))))

  ;; Notes what the word starting at byte $i (UTF-16 offset $at) may begin; $noDate after "_".
  ;; Returns 0 when the anchors are full (the host makes room and reads again).
  (func $wordStart (param $i i32) (param $size i32) (param $at i32) (param $noDate i32) (result i32)
    (local $k i32) (local $n i32)
    (local.set $k (call $kind (local.get $i) (local.get $size)))
    (if (i32.lt_s (local.get $k) (i32.const 0)) (then (return (i32.const 1))))
    (if (i32.eq (local.get $k) (global.get $NCT_START))
      (then (global.set $flags (i32.or (global.get $flags) (i32.const 1))) (return (i32.const 1))))
    (if (i32.eq (local.get $k) (global.get $PHASE_START))
      (then (global.set $flags (i32.or (global.get $flags) (i32.const 2))) (return (i32.const 1))))
    (if (local.get $noDate) (then (return (i32.const 1))))
    (local.set $n (global.get $anchors))
    (if (i32.ge_u (local.get $n) (global.get $anchorCap)) (then (return (i32.const 0))))
    (i32.store (i32.add (global.get $anchorAt) (i32.shl (local.get $n) (i32.const 2))) (local.get $at))
    (i32.store8 (i32.add (global.get $anchorKind) (local.get $n)) (local.get $k))
    (global.set $anchors (i32.add (local.get $n) (i32.const 1)))
    (i32.const 1))

  ;; Reads the `size` bytes at $bytes. Returns the word count, or -1 when more than $wordCap words
  ;; or $anchorCap anchors would be written (the host makes room and reads again).
  ;; Character classes ($charTable): 128 lower-case letter, 2 upper-case, 4 digit, 0 no word character.
  ;; Shape bits: 1 first upper, 2 inner upper, 4 digit, 8 hyphen, 16 first digit, 32 may start a name.
  (func (export "read") (param $size i32) (param $wordCap i32) (param $anchorCap i32) (result i32)
    (local $p i32) (local $classes i32) (local $i i32) (local $j i32) (local $c i32) (local $k i32) (local $k0 i32)
    (local $h i32) (local $shape i32) (local $count i32) (local $shift i32) (local $prev i32) (local $at i32)
    (local $m i32) (local $base i32) (local $fa i32) (local $fb i32) (local $row i32)
    (global.set $anchors (i32.const 0))
    (global.set $flags (i32.const 0))
    (global.set $anchorCap (local.get $anchorCap))
    (local.set $p (global.get $bytes))
    (local.set $classes (global.get $charTable))
    (block $done
      (loop $words
        (br_if $done (i32.ge_s (local.get $i) (local.get $size)))
        (local.set $c (i32.load8_u (i32.add (local.get $p) (local.get $i))))
        (local.set $k0 (i32.load8_u (i32.add (local.get $classes) (local.get $c))))
        (if (i32.eqz (local.get $k0))
          (then
            ;; Not a word character. A byte of a non-ASCII character moves the UTF-16 offsets (utf8.ts utf16Shift):
            ;; a continuation byte one unit less, a 4-byte lead (a surrogate pair) one more.
            (if (i32.ge_u (local.get $c) (i32.const 0x80))
              (then (local.set $shift (i32.add (local.get $shift)
                (select (i32.const 1) (select (i32.const -1) (i32.const 0) (i32.ge_u (local.get $c) (i32.const 0xf0)))
                  (i32.lt_u (local.get $c) (i32.const 0xc0)))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $words)))
        (if (i32.ge_u (local.get $count) (local.get $wordCap)) (then (return (i32.const -1))))
        ;; A word start, unless right after a word character ("1.5mg": "mg" starts none); after "_", no date.
        (local.set $prev (select (i32.const 32) (i32.load8_u (i32.add (local.get $p) (i32.sub (local.get $i) (i32.const 1)))) (i32.eqz (local.get $i))))
        (if (i32.eqz (i32.load8_u (i32.add (local.get $classes) (local.get $prev))))
          (then
            ;; A digit may start a date. A letter goes on to $kind only past the gate (anchors.ts GATE):
            ;; by its first two characters a row of $gateMasks, whose bits are the third letters that
            ;; may follow, or $ALWAYS. It may let through what $kind turns away, never the reverse; it
            ;; may read two bytes past the text, which the host leaves room for.
            (local.set $row (i32.load8_u (i32.add (global.get $gate)
              (i32.or (i32.shl (i32.or (local.get $c) (i32.const 32)) (i32.const 7))
                (i32.and (i32.or (i32.load8_u (i32.add (local.get $p) (i32.add (local.get $i) (i32.const 1)))) (i32.const 32)) (i32.const 127))))))
            (if (i32.or (i32.eq (local.get $k0) (i32.const 4))
                  (i32.and (i32.ne (local.get $row) (i32.const 0))
                    (i32.or (i32.eq (local.get $row) (global.get $ALWAYS))
                      ;; A shift count is taken modulo 32: a byte that is no letter may pass.
                      (i32.and (i32.shr_u (i32.load (i32.add (global.get $gateMasks) (i32.shl (local.get $row) (i32.const 2))))
                        (i32.sub (i32.or (i32.load8_u (i32.add (local.get $p) (i32.add (local.get $i) (i32.const 2)))) (i32.const 32)) (i32.const 97)))
                        (i32.const 1)))))
              (then
                (if (i32.eqz (call $wordStart (local.get $i) (local.get $size) (i32.sub (local.get $i) (local.get $shift)) (i32.eq (local.get $prev) (i32.const 95))))
                  (then (return (i32.const -1))))))))
        ;; FNV-1a over the lower-cased characters (word-hash.ts hashStep).
        (local.set $h (i32.mul (i32.xor (i32.const 0x811c9dc5) (i32.or (local.get $c) (i32.const 32))) (i32.const 0x01000193)))
        (local.set $shape (select (i32.const 0) (select (i32.const 20) (i32.const 1) (i32.eq (local.get $k0) (i32.const 4)))
          (i32.eq (local.get $k0) (i32.const 128))))
        (local.set $j (i32.add (local.get $i) (i32.const 1)))
        ;; Letter and digit runs joined by single hyphens ("NeuroNata-R", "mRNA-1273") or by a dot
        ;; between digits ("ACI-24.060", "13.2").
        (block $wordEnd
          (loop $chars
            ;; Most characters are lower-case letters.
            (block $notLower
              (loop $lower
                (br_if $wordEnd (i32.ge_s (local.get $j) (local.get $size)))
                (local.set $c (i32.load8_u (i32.add (local.get $p) (local.get $j))))
                (br_if $notLower (i32.gt_u (i32.sub (local.get $c) (i32.const 97)) (i32.const 25)))
                (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 0x01000193)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $lower)))
            (local.set $k (i32.load8_u (i32.add (local.get $classes) (local.get $c))))
            (if (local.get $k)
              (then (local.set $shape (i32.or (local.get $shape) (local.get $k))))
              (else
                (if (i32.and (i32.eq (local.get $c) (i32.const 45))
                      (i32.and (i32.lt_s (i32.add (local.get $j) (i32.const 1)) (local.get $size))
                        (i32.ne (i32.load8_u (i32.add (local.get $classes)
                          (i32.load8_u (i32.add (local.get $p) (i32.add (local.get $j) (i32.const 1)))))) (i32.const 0))))
                  (then
                    ;; A hyphen between word characters: the word goes on, and a part starts after it.
                    (local.set $shape (i32.or (local.get $shape) (i32.const 8)))
                    (local.set $at (i32.add (local.get $j) (i32.const 1)))
                    (if (i32.eqz (call $wordStart (local.get $at) (local.get $size) (i32.sub (local.get $at) (local.get $shift)) (i32.const 0)))
                      (then (return (i32.const -1)))))
                  (else
                    (if (i32.and (i32.eq (local.get $c) (i32.const 46))
                          (i32.and (i32.lt_s (i32.add (local.get $j) (i32.const 1)) (local.get $size))
                            (i32.and
                              (i32.le_u (i32.sub (i32.load8_u (i32.add (local.get $p) (i32.add (local.get $j) (i32.const 1)))) (i32.const 48)) (i32.const 9))
                              (i32.le_u (i32.sub (i32.load8_u (i32.add (local.get $p) (i32.sub (local.get $j) (i32.const 1)))) (i32.const 48)) (i32.const 9)))))
                      (then
                        ;; A decimal part is digits only ("13.2mg" is "13.2" and "mg"), after a digit:
                        ;; "Entresto.1" is a name and a footnote.
                        (local.set $at (i32.add (local.get $j) (i32.const 1)))
                        (if (i32.eqz (call $wordStart (local.get $at) (local.get $size) (i32.sub (local.get $at) (local.get $shift)) (i32.const 0)))
                          (then (return (i32.const -1))))
                        (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 0x01000193)))
                        (local.set $j (local.get $at))
                        (block $digitsEnd
                          (loop $digits
                            (br_if $digitsEnd (i32.ge_s (local.get $j) (local.get $size)))
                            (local.set $c (i32.load8_u (i32.add (local.get $p) (local.get $j))))
                            (br_if $digitsEnd (i32.gt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 9)))
                            (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 0x01000193)))
                            (local.set $j (i32.add (local.get $j) (i32.const 1)))
                            (br $digits)))
                        (br_if $wordEnd (i32.and (i32.lt_s (local.get $j) (local.get $size))
                          (i32.ne (i32.load8_u (i32.add (local.get $classes) (local.get $c))) (i32.const 0))))
                        (br $chars))
                      (else (br $wordEnd)))))))
            ;; An upper-case letter, a digit or a joining hyphen: hashed lower-cased, and on.
            (local.set $h (i32.mul (i32.xor (local.get $h) (i32.or (local.get $c) (i32.const 32))) (i32.const 0x01000193)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $chars)))
        (local.set $k (i32.shl (local.get $count) (i32.const 2)))
        (i32.store (i32.add (global.get $byteStart) (local.get $k)) (local.get $i))
        (i32.store (i32.add (global.get $start) (local.get $k)) (i32.sub (local.get $i) (local.get $shift)))
        (i32.store (i32.add (global.get $end) (local.get $k)) (i32.sub (local.get $j) (local.get $shift)))
        ;; 30 bits (word-hash.ts finishHash).
        (local.set $h (i32.and (local.get $h) (i32.const 0x3fffffff)))
        (i32.store (i32.add (global.get $hash) (local.get $k)) (local.get $h))
        ;; The first-word filter's bit (WordFilter.bit): two bits of one 512-bit block.
        (local.set $m (i32.mul (local.get $h) (i32.const 0x5bd1e995)))
        (local.set $base (i32.shl (i32.and (i32.shr_u (local.get $m) (i32.const 16)) (global.get $filterBlocks)) (i32.const 9)))
        (local.set $fa (i32.add (local.get $base) (i32.and (local.get $h) (i32.const 511))))
        (local.set $fb (i32.add (local.get $base) (i32.and (i32.shr_u (local.get $m) (i32.const 7)) (i32.const 511))))
        (i32.store8 (i32.add (global.get $shape) (local.get $count))
          (i32.or (local.get $shape)
            (i32.shl
              (i32.and
                (i32.and
                  (i32.shr_u (i32.load (i32.add (global.get $filter) (i32.shl (i32.shr_u (local.get $fa) (i32.const 5)) (i32.const 2)))) (local.get $fa))
                  (i32.shr_u (i32.load (i32.add (global.get $filter) (i32.shl (i32.shr_u (local.get $fb) (i32.const 5)) (i32.const 2)))) (local.get $fb)))
                (i32.const 1))
              (i32.const 5))))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (local.set $i (local.get $j))
        (br $words)))
    (i32.store (global.get $results) (global.get $anchors))
    (i32.store offset=4 (global.get $results) (global.get $flags))
    (local.get $count))
)
