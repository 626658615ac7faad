/**
 * The locations: address, accessibility and the weekly opening hours as rows of days, opening time
 * and closing time. A location that counters still list cannot be removed.
 */
import { DAYS, type Content, type Location, type OpeningHours } from '../../core/content/schema';
import { CheckboxGroup, TextField } from '../components/fields';
import { MasterDetailView } from './master-detail-view';
import { useAdmin } from '../context';
import { nl } from '../i18n/nl';
import { emptyLocation, locationUses, optionalText, updateItem } from '../state/content-edits';

const DAY_OPTIONS = DAYS.map((day) => ({ value: day, label: nl.days[day] }));

function HoursRows({ location, index }: { location: Location; index: number }) {
  const { draft, canEdit, focusField } = useAdmin();
  const path = `locations.${index}.hours`;
  const setHours = (update: (hours: OpeningHours[]) => OpeningHours[]) =>
    draft.edit((c) => updateItem(c, 'locations', index, (l) => ({ ...l, hours: update(l.hours) })));
  const setRow = (row: number, patch: Partial<OpeningHours>) =>
    setHours((hours) => hours.map((h, i) => (i === row ? { ...h, ...patch } : h)));

  return (
    <fieldset class="hours span-2">
      <legend class="field-label">{nl.hoursTitle}</legend>
      <p class="field-hint">{nl.hoursIntro}</p>
      {location.hours.length === 0 && <p>{nl.hoursNone}</p>}
      <ol class="hours-rows">
        {location.hours.map((hours, row) => (
          <li key={row}>
            <fieldset class="hours-row">
              <legend class="hours-row-title">{nl.hoursRow(row + 1)}</legend>
              <CheckboxGroup
                path={`${path}.${row}.days`}
                legend={nl.hoursDays}
                options={DAY_OPTIONS}
                selected={hours.days}
                onSelected={(days) => setRow(row, { days: days as OpeningHours['days'] })}
              />
              <div class="hours-times">
                <TextField
                  path={`${path}.${row}.opens`}
                  label={nl.hoursOpens}
                  hint={nl.hoursOpensHint}
                  inputMode="numeric"
                  size={6}
                  value={hours.opens}
                  onValue={(opens) => setRow(row, { opens })}
                />
                <TextField
                  path={`${path}.${row}.closes`}
                  label={nl.hoursCloses}
                  hint={nl.hoursClosesHint}
                  inputMode="numeric"
                  size={6}
                  value={hours.closes}
                  onValue={(closes) => setRow(row, { closes })}
                />
                {canEdit && (
                  <button
                    type="button"
                    class="button button-small button-quiet"
                    onClick={() => {
                      setHours((all) => all.filter((_, i) => i !== row));
                      document.getElementById('add-hours')?.focus();
                    }}
                  >
                    {nl.removeHours(row + 1)}
                  </button>
                )}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {canEdit && (
        <button
          type="button"
          class="button"
          id="add-hours"
          onClick={() => {
            setHours((all) => [...all, { days: [], opens: '09:00', closes: '17:00' }]);
            focusField(`${path}.${location.hours.length}.days`);
          }}
        >
          {nl.addHours}
        </button>
      )}
    </fieldset>
  );
}

function LocationFields({ location, index }: { location: Location; index: number }) {
  const { draft } = useAdmin();
  const f = nl.locationFields;
  const path = `locations.${index}`;
  const set = (update: (l: Location) => Location) => draft.edit((c) => updateItem(c, 'locations', index, update));
  const setAddress = (patch: Partial<Location['address']>) => set((l) => ({ ...l, address: { ...l.address, ...patch } }));
  return (
    <div class="form-grid">
      <TextField path={`${path}.id`} label={f.id} value={location.id} locked onValue={() => undefined} />
      <TextField path={`${path}.name`} label={f.name} value={location.name} onValue={(name) => set((l) => ({ ...l, name }))} />
      <TextField
        path={`${path}.address.street`}
        label={f.street}
        autoComplete="off"
        value={location.address.street}
        onValue={(street) => setAddress({ street })}
      />
      <TextField
        path={`${path}.address.postalCode`}
        label={f.postalCode}
        size={8}
        value={location.address.postalCode}
        onValue={(postalCode) => setAddress({ postalCode })}
      />
      <TextField path={`${path}.address.city`} label={f.city} value={location.address.city} onValue={(city) => setAddress({ city })} />
      <TextField
        path={`${path}.accessibility`}
        label={`${f.accessibility} ${nl.optional}`}
        value={location.accessibility ?? ''}
        onValue={(value) =>
          set(({ accessibility: _old, ...l }) => {
            const accessibility = optionalText(value);
            return accessibility === undefined ? l : { ...l, accessibility };
          })
        }
      />
      <HoursRows location={location} index={index} />
    </div>
  );
}

export function LocationsForm({ selectedId }: { selectedId: string | undefined }) {
  const { draft } = useAdmin();
  const content = draft.state.edited as Content;

  return (
    <MasterDetailView
      list="locations"
      view="locaties"
      title={nl.locationsTitle}
      intro={nl.locationsIntro}
      listLabel={nl.locationsList}
      emptyText={nl.selectLocation}
      add={{
        idPrefix: 'nieuwe-locatie',
        title: nl.addLocationTitle,
        nameLabel: nl.locationFields.name,
        label: nl.addLocation,
        create: emptyLocation,
        announcement: nl.locationAdded,
      }}
      itemDetail={(l) => l.address.city}
      selectedId={selectedId}
      remove={{
        label: nl.removeLocation,
        uses: (l) => locationUses(content, l.id).map((counter) => ({ key: counter.id, text: counter.name })),
        inUseTitle: nl.locationInUseTitle,
        inUseText: nl.locationInUseText,
        title: nl.removeLocationTitle,
        text: nl.removeLocationText,
        announcement: nl.locationRemoved,
      }}
      renderFields={(l, index) => <LocationFields key={l.id} location={l} index={index} />}
    />
  );
}
