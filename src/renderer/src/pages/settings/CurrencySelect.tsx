/** The currency list of Settings and the welcome: the common ones first, then every ISO 4217 code this system knows. */
const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });
const COMMON = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'HKD', 'SGD', 'AUD', 'CAD', 'KRW', 'AED'];
const currencies = Intl.supportedValuesOf('currency');

export function CurrencySelect({ id, value, onChange, describedBy }: { id: string; value: string; onChange: (currency: string) => void; describedBy?: string }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
      <optgroup label="Common">
        {COMMON.filter((c) => currencies.includes(c)).map((c) => (
          <option key={c} value={c}>
            {c} · {currencyNames.of(c)}
          </option>
        ))}
      </optgroup>
      <optgroup label="All currencies">
        {currencies
          .filter((c) => !COMMON.includes(c))
          .map((c) => (
            <option key={c} value={c}>
              {c} · {currencyNames.of(c)}
            </option>
          ))}
      </optgroup>
    </select>
  );
}
