import { REFERENCE_RULES } from '../../../../shared/domain/reference-rules';
import { formatMonth } from '../../lib/format';

/** The rules Carnet takes from outside: what each says, its source and check date, and where you can say otherwise. */
export function RulesSection() {
  return (
    <section className="card settings-card" aria-labelledby="rules-title">
      <h2 className="card-title" id="rules-title">
        Rules Carnet uses
      </h2>
      <p className="muted">Reported practice and official rules, each with its source and when it was last checked. Carnet never fetches them: they change only with Carnet.</p>
      <dl className="rules-list">
        {REFERENCE_RULES.map((r) => (
          <div key={r.id} className="rule-entry">
            <dt>{r.title}</dt>
            <dd>
              <p>{r.says}</p>
              <p className="muted small">
                {r.source} · checked {formatMonth(r.checked)}
                {r.url && (
                  <>
                    {' '}
                    · <span className="rule-url">{r.url}</span>
                  </>
                )}
              </p>
              {r.yours && <p className="small rule-yours">{r.yours}</p>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
