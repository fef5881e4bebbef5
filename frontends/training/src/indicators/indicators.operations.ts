import { graphql } from '../gql/index.js';

export const TRAINING_INDICATORS_QUERY = graphql(`
  query TrainingIndicators($year: Int!, $courseYear: Int!, $startableOn: LocalDate!) {
    realisationRate(courseYear: $courseYear) {
      snapshotOn
      modules {
        numerator
        denominator
        percentage
        target
        meetsTarget
      }
      tracks {
        mark
        ratio {
          numerator
          denominator
          percentage
          target
          meetsTarget
        }
      }
    }
    certificateRatios(courseYear: $courseYear) {
      examYear
      professionalKnowledge {
        numerator
        denominator
        percentage
        target
        meetsTarget
      }
      businessManagement {
        numerator
        denominator
        percentage
        target
        meetsTarget
      }
      diplomas
      smeEmployeeCertificates
    }
    startableTracks(onDate: $startableOn) {
      distinctTracks
      byMark {
        mark
        tracks
      }
    }
    actionPlanRecognitions(year: $year) {
      rounds {
        season
        dossiers
        innovative
        flexible
        innovativeRework
        notRecognised
        pending
      }
    }
  }
`);
