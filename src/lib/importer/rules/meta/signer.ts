/**
 * Who signs a notice: a body's name ending in one of the words bodies sign with (人民政府, 办公室,
 * 领导小组, 科学技术协会, …). One definition for the signature reader (metadata.ts) and the PDF line
 * joining, which must never glue a signer's line onto the text before it.
 */
export const SIGNER_BODY = '[\\u4e00-\\u9fff（）]{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|行政公署办公室|行政公署|办公厅|办公室|委员会|领导小组办公室|领导小组|科学技术协会|科协)';

/** A line that is a signer's name and nothing else. */
export const SIGNER_LINE = new RegExp(`^${SIGNER_BODY}$`);
