import { graphql } from '../gql/index.js';

/** Safe to repeat: the client's id makes a second request return the stored file. */
export const UPLOAD_EVIDENCE_MUTATION = graphql(`
  mutation UploadEvidence($input: UploadEvidenceInput!) {
    uploadEvidence(input: $input) {
      ...EvidenceFields
    }
  }
`);

/** The content only when it is downloaded (the audit page lists the metadata). */
export const EVIDENCE_CONTENT_QUERY = graphql(`
  query EvidenceContent($id: ID!) {
    evidenceFile(id: $id) {
      id
      fileName
      mediaType
      contentBase64
    }
  }
`);

/** By the uploader or the audit's lead, before the report (the API decides); safe to repeat with its clientMutationId. */
export const REMOVE_EVIDENCE_MUTATION = graphql(`
  mutation RemoveEvidence($id: ID!, $clientMutationId: ID) {
    removeEvidence(id: $id, clientMutationId: $clientMutationId)
  }
`);
