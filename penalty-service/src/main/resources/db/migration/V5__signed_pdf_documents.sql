-- Every case document is also issued as a signed PDF/A (document/CaseDocuments): the PDF's SHA-256, who signed
-- it, with which certificate and when, and the earlier document of the same kind it replaces (a correction is a
-- new document naming the one it replaces; nothing is rewritten). Documents of before this migration have none.
ALTER TABLE case_document
    ADD COLUMN pdf_sha256                CHAR(64),
    ADD COLUMN issuer                    TEXT,
    ADD COLUMN signer                    TEXT,
    ADD COLUMN signer_certificate_sha256 CHAR(64),
    ADD COLUMN signed_at                 TIMESTAMPTZ,
    ADD COLUMN replaces                  UUID REFERENCES case_document (id);
CREATE UNIQUE INDEX case_document_pdf_sha256 ON case_document (pdf_sha256);
CREATE INDEX case_document_number ON case_document (number);

-- The PDF bytes as issued, served byte for byte every time; kept apart so the audit trail holds their hash, not them.
CREATE TABLE case_document_pdf (
    document_id UUID PRIMARY KEY REFERENCES case_document (id),
    pdf         BYTEA NOT NULL
);

-- An issued PDF never changes and is never deleted, whatever the code does.
CREATE FUNCTION case_document_pdf_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the PDF of case document % was issued and cannot change', OLD.document_id;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_document_pdf_immutable BEFORE UPDATE OR DELETE ON case_document_pdf
    FOR EACH ROW EXECUTE FUNCTION case_document_pdf_immutable();
