/**
 * '#/offers/profile': where the user stands with each store, measured from their own receipts
 * and offers against what clients report — every figure per currency, never converted.
 */
import { ArrowLeft, ChartNoAxesCombined, Info } from 'lucide-react';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import { OfferTimeline } from './OfferTimeline';
import { GroupsCard, OnlineCard, TargetsCard } from './ProfileSettings';
import { QuotaCard } from './QuotaCard';
import { ScopeCard } from './ScopeCard';

export function SpendProfilePage() {
  const profile = useChannel('profile.spend');
  const quota = useChannel('profile.quota');
  const timeline = useChannel('profile.timeline');
  const groups = useChannel('profile.listGroups');
  const boutiques = useChannel('boutiques.list');
  const settings = useChannel('settings.get');
  const storeNames = (id: number) => boutiques.data?.find((b) => b.id === id)?.name ?? `Boutique ${id}`;
  const failed = profile.error ?? quota.error ?? timeline.error ?? groups.error;
  const nothing = profile.data && profile.data.scopes.every((s) => s.purchaseCount === 0 && s.offerCount === 0);

  return (
    <div className="page page--wide-offers">
      <a className="back-link" href={href('/offers')}>
        <ArrowLeft size={16} aria-hidden /> Offers
      </a>
      <PageHeader title="Spend profile" subtitle="Your own spend and offers per store, beside what clients report. Community lore — never Hermès policy." />
      {(profile.isPending || quota.isPending) && <LoadingState label="Reading your receipts and offers…" />}
      {failed && (
        <ErrorState
          message={failed.message}
          onRetry={() => {
            void profile.refetch();
            void quota.refetch();
            void timeline.refetch();
            void groups.refetch();
          }}
        />
      )}
      {profile.data && quota.data && (
        <>
          <p className="banner banner--info offers-lore-banner">
            <Info size={16} aria-hidden />
            <span>
              Managers are said to look at spend at their store (and stores linked to it), the share of leather, loyalty and the time since your last bag
              offer. Nobody outside Hermès knows the rule; these numbers only describe your own records.
            </span>
          </p>
          <div className="offers-profile-top">
            <QuotaCard quota={quota.data} compact />
            <TargetsCard targets={profile.data.targets} defaultCurrency={settings.data?.defaultCurrency ?? 'EUR'} />
          </div>
          {nothing ? (
            <EmptyState
              icon={ChartNoAxesCombined}
              title="Nothing to measure yet"
              action={
                <a className="button button--primary" href={href('/purchases')}>
                  Record a purchase
                </a>
              }
            >
              Your spend profile is read from your purchases and offers. Record a receipt or an offer and it appears here, per store and per currency.
            </EmptyState>
          ) : (
            <div className="offers-scopes">
              {profile.data.scopes
                .filter((s) => s.purchaseCount > 0 || s.offerCount > 0 || s.kind === 'group' || s.isHome)
                .map((s) => (
                  <ScopeCard key={s.key} scope={s} storeNames={storeNames} />
                ))}
            </div>
          )}
          {timeline.data && timeline.data.lanes.length > 0 && (
            <section className="card offers-timeline-card">
              <OfferTimeline timeline={timeline.data} />
            </section>
          )}
          <div className="offers-profile-settings">
            {groups.data && <GroupsCard groups={groups.data} storeNames={storeNames} />}
            <OnlineCard onlineIds={profile.data.onlinePurchaseIds} />
          </div>
        </>
      )}
    </div>
  );
}
