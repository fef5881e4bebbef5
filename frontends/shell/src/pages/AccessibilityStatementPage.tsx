import { usePageTitle } from './usePageTitle.js';

/**
 * Accessibility statement (toegankelijkheidsverklaring), required for public-sector websites by EU Directive
 * 2016/2102 and, in Flanders, by the Bestuursdecreet of 7 December 2018. Update the status after every audit.
 */
export function AccessibilityStatementPage() {
  usePageTitle('Toegankelijkheidsverklaring');
  return (
    <>
      <h1>Toegankelijkheidsverklaring</h1>
      <p>
        SYNTRA Vlaanderen streeft ernaar Werkplek toegankelijk te maken, overeenkomstig het Bestuursdecreet van 7
        december 2018 en Richtlijn (EU) 2016/2102 van het Europees Parlement en de Raad van 26 oktober 2016 inzake de
        toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties.
      </p>
      <p>Deze toegankelijkheidsverklaring is van toepassing op de webtoepassing Werkplek.</p>

      <h2>Nalevingsstatus</h2>
      <p>
        Werkplek is <strong>gedeeltelijk in overeenstemming</strong> met de Webrichtlijnen (WCAG 2.1, niveau AA) en
        de Europese norm EN 301 549, omdat de toepassing nog niet volledig werd doorgelicht door een externe partij.
      </p>

      <h2>Wat we al doen</h2>
      <ul>
        <li>Elke pagina heeft een link om meteen naar de hoofdinhoud te gaan.</li>
        <li>De pagina&apos;s gebruiken herkenbare zones (kop, navigatie, hoofdinhoud, voettekst) en koppen in volgorde.</li>
        <li>Formuliervelden hebben een zichtbaar label; hulpteksten en foutmeldingen worden mee voorgelezen.</li>
        <li>Tabellen hebben een bijschrift en kolomkoppen.</li>
        <li>Meldingen over laden, fouten en onbeschikbare onderdelen worden aangekondigd aan schermlezers.</li>
        <li>Alle functies zijn met het toetsenbord bereikbaar en de focus is duidelijk zichtbaar.</li>
        <li>Bij elke wijziging testen we automatisch op toegankelijkheidsfouten.</li>
      </ul>

      <h2>Niet-toegankelijke inhoud</h2>
      <ul>
        <li>
          De aanmelding in deze versie is een ontwikkelingsaanmelding. De aanmelding via de Vlaamse overheid wordt later
          toegevoegd en dan afzonderlijk getoetst.
        </li>
        <li>Tabellen met veel gegevens kunnen nog niet gefilterd of gesorteerd worden.</li>
      </ul>

      <h2>Opstelling van deze verklaring</h2>
      <p>
        Deze verklaring werd opgesteld op 23 november 2026 op basis van een zelfevaluatie door het ontwikkelteam, met
        automatische tests (axe-core) en manuele controle met het toetsenbord.
      </p>

      <h2>Feedback en contactgegevens</h2>
      <p>
        Stuit u op een toegankelijkheidsprobleem in Werkplek? Laat het ons weten via de contactgegevens op{' '}
        <a href="https://www.syntravlaanderen.be">de website van SYNTRA Vlaanderen</a>. We antwoorden binnen vijf
        werkdagen.
      </p>

      <h2>Handhavingsprocedure</h2>
      <p>
        Bent u niet tevreden met ons antwoord, dan kunt u een klacht indienen bij de{' '}
        <a href="https://www.vlaamseombudsdienst.be">Vlaamse Ombudsdienst</a>.
      </p>
    </>
  );
}
